"""logging for pycell: loggers in a dotted-name hierarchy, handlers, formatters,
filters, basicConfig and the module-level shortcuts.

Written from the logging documentation (the "Logging facility for Python"
reference, "LogRecord attributes", "Logging HOWTO") and black-box runs of
CPython 3.11. Not here: logging.handlers and logging.config, threads' locks
(pycell runs one thread).
"""

import sys
import os
import time
import io
import traceback
import warnings as _warnings
from string import Template as _Template
from collections.abc import Mapping as _Mapping

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler", "Filter",
           "Formatter", "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET",
           "NullHandler", "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig",
           "captureWarnings", "critical", "debug", "disable", "error", "exception", "fatal",
           "getLevelName", "getLogger", "getLoggerClass", "info", "log", "makeLogRecord",
           "setLoggerClass", "shutdown", "warn", "warning", "getLogRecordFactory",
           "setLogRecordFactory", "lastResort", "raiseExceptions", "getLevelNamesMapping"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_level_names = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO",
                DEBUG: "DEBUG", NOTSET: "NOTSET"}
_name_levels = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING,
                "WARNING": WARNING, "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}
_started = time.time()


def getLevelNamesMapping():
    return dict(_name_levels)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, else 'Level %s'."""
    if level in _level_names:
        return _level_names[level]
    if level in _name_levels:
        return _name_levels[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    _level_names[level] = levelName
    _name_levels[levelName] = level


def _level_number(level):
    if isinstance(level, int) or str(level) != level:
        if isinstance(level, int):
            return level
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    else:
        if level not in _name_levels:
            raise ValueError("Unknown level: %r" % level)
        return _name_levels[level]


# the names other modules (unittest's assertLogs) know these by
_nameToLevel = _name_levels
_levelToName = _level_names
_checkLevel = _level_number


def currentframe():
    return sys._getframe(1)


# frames of this file are skipped when looking for the code that logged
_own_file = getLevelName.__code__.co_filename


def _is_own_frame(frame):
    return frame.f_code.co_filename == _own_file


# -- records -------------------------------------------------------------------

class LogRecord(object):
    """One logged event and everything known about where it happened."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # a single non-empty mapping argument is used for %(key)s formatting
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _started) * 1000
        self.thread = 1 if logThreads else None
        self.threadName = "MainThread" if logThreads else None
        self.processName = "MainProcess" if logMultiprocessing else None
        try:
            self.process = os.getpid() if logProcesses else None
        except Exception:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname,
                                                     self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# -- formatters ------------------------------------------------------------------

class PercentStyle(object):
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        pass

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, rec):
        try:
            return self._format(rec)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._values(record))


class StringTemplateStyle(PercentStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


_STYLES = {"%": (PercentStyle, BASIC_FORMAT), "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
           "$": (StringTemplateStyle, "${levelname}:${name}:${message}")}


class Formatter(object):
    """Turns a LogRecord into text with a %-, {}- or $-style format string."""

    converter = staticmethod(time.localtime)
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        how = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            how.validate()
        self._style, self._fmt = how, how._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if self.default_msec_format is not None:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime() is True

    def formatMessage(self, record):
        how = self._style
        return how.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record's text: its message in the format, then the exception's
        traceback and the stack when the record carries them."""
        rec = record
        rec.message = rec.getMessage()
        if self.usesTime():
            rec.asctime = self.formatTime(rec, self.datefmt)
        pieces = [self.formatMessage(rec)]
        if rec.exc_info and not rec.exc_text:
            rec.exc_text = self.formatException(rec.exc_info)
        for extra in (rec.exc_text, rec.stack_info and self.formatStack(rec.stack_info)):
            if extra:
                if not pieces[-1].endswith("\n"):
                    pieces.append("\n")
                pieces.append(extra)
        return "".join(pieces)


_defaultFormatter = Formatter(None)


class BufferingFormatter(object):
    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# -- filters -----------------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and its descendants (all when the
    name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer(object):
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        chain = self.filters
        if filter not in chain:
            chain.append(filter)

    def removeFilter(self, filter):
        chain = self.filters
        if filter in chain:
            chain.remove(filter)

    def filter(self, record):
        for f in self.filters:
            verdict = f.filter(record) if hasattr(f, "filter") else f(record)
            if not verdict:
                return False
        return True


# -- handlers ------------------------------------------------------------------------

_handlers = []


class Handler(Filterer):
    """Where records go; subclasses define emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(lambda self: self.get_name(), lambda self, value: self.set_name(value))

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self in _handlers:
            _handlers.remove(self)

    def handleError(self, record):
        if not (raiseExceptions and sys.stderr):
            return
        problem = sys.exc_info()
        err = sys.stderr
        try:
            err.write("--- Logging error ---\n")
            traceback.print_exception(problem[0], problem[1], problem[2], None, err)
            err.write("Call stack:\n")
            frame = sys._getframe(0)
            while frame is not None and _is_own_frame(frame):
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            try:
                err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except Exception:
                err.write("Unable to print the message and arguments"
                          " - possible formatting error.\nUse the traceback"
                          " above to help find the error.\n")
        except OSError:
            pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream (sys.stderr by
    default, the one current when the handler is made)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out and hasattr(out, "flush"):
            out.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file opened by name (at the first record with delay)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            opened = self._open()
            StreamHandler.__init__(self, opened)

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None and not self._closed:
            self.stream = self._open()
        if self.stream is None:
            return
        StreamHandler.emit(self, record)

    def close(self):
        out, self.stream = self.stream, None
        if out is not None:
            out.flush()
            if hasattr(out, "close"):
                out.close()
        StreamHandler.close(self)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    """Drops every record (for libraries that log without configuring)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """The handler of last resort: whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        super(StreamHandler, self).__init__(level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _defaultLastResort = _StderrHandler(WARNING)


# -- loggers -----------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands for a dotted name no logger has been asked for yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger)


class Manager(object):
    """Holds the loggers by name and keeps each one's parent up to date."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = 0
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None  # unused: see setLogRecordFactory()

    def getLogger(self, name):
        if type(name) is not str and not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        found = self.loggerDict.get(name)
        if isinstance(found, Logger):
            return found
        made = (self.loggerClass or _logger_class)(name)
        made.manager = self
        self.loggerDict[name] = made
        self._link(made)
        # loggers already made below this name now hang from it
        prefix = name + "."
        for other in list(self.loggerDict.values()):
            if isinstance(other, Logger) and other.name.startswith(prefix):
                self._link(other)
        return made

    def _link(self, alogger):
        name = alogger.name
        parent = None
        while "." in name:
            name = name.rpartition(".")[0]
            above = self.loggerDict.get(name)
            if isinstance(above, Logger):
                parent = above
                break
            if above is None:
                self.loggerDict[name] = PlaceHolder(alogger)
            else:
                above.append(alogger)
        alogger.parent = parent if parent is not None else self.root

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _clear_cache(self):
        pass


def _at_level(severity, doc):
    # one logging method per level (Logger.debug, .info, ...)
    def method(self, msg, *args, **options):
        if self.isEnabledFor(severity):
            self._log(severity, msg, args, **options)
    method.__doc__ = doc
    method.__name__ = method.__qualname__ = getLevelName(severity).lower()
    return method


_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)", None)


class Logger(Filterer):
    """A named channel; records go to its handlers and up to its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def getEffectiveLevel(self):
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    debug = _at_level(DEBUG, "Log msg % args at DEBUG.")
    info = _at_level(INFO, "Log msg % args at INFO.")
    warning = _at_level(WARNING, "Log msg % args at WARNING.")
    error = _at_level(ERROR, "Log msg % args at ERROR.")
    critical = _at_level(CRITICAL, "Log msg % args at CRITICAL.")
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                       DeprecationWarning, 2)
        return Logger.warning(self, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """ERROR with the exception being handled appended."""
        return Logger.error(self, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at a numeric level."""
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line, function name, stack text) of the code that logged."""
        frame = sys._getframe(0)
        while frame is not None and _is_own_frame(frame):
            frame = frame.f_back
        while frame is not None and stacklevel > 1:
            frame = frame.f_back
            stacklevel -= 1
        if frame is None:
            return _UNKNOWN_CALLER
        sinfo = None
        if stack_info:
            out = io.StringIO()
            out.write("Stack (most recent call last):\n")
            traceback.print_stack(frame, file=out)
            sinfo = out.getvalue()
            if sinfo.endswith("\n"):
                sinfo = sinfo[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info=stack_info, stacklevel=stacklevel)
        except ValueError:
            fn, lno, func, sinfo = _UNKNOWN_CALLER
        if isinstance(exc_info, BaseException):
            exc_info = (exc_info.__class__, exc_info, exc_info.__traceback__)
        elif exc_info and type(exc_info) is not tuple:
            exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if all(h is not hdlr for h in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        kept = [h for h in self.handlers if h is not hdlr]
        self.handlers[:] = kept

    def hasHandlers(self):
        node = self
        while node is not None:
            if node.handlers:
                return True
            if not node.propagate:
                return False
            node = node.parent
        return False

    def callHandlers(self, record):
        seen = 0
        node = self
        while node is not None:
            for target in node.handlers:
                seen += 1
                if target.level <= record.levelno:
                    target.handle(record)
            node = node.parent if node.propagate else None
        if seen == 0:
            fallback = lastResort
            if fallback is not None:
                if fallback.level <= record.levelno:
                    fallback.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = 1

    def getChild(self, suffix):
        name = suffix if self.root is self else ".".join((self.name, suffix))
        return self.manager.getLogger(name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        return getLogger, (self.name, )


class RootLogger(Logger):
    """The top of the hierarchy, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


def setLoggerClass(klass):
    global _logger_class
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _logger_class = klass


def getLoggerClass():
    return _logger_class


root = Logger.root = RootLogger(WARNING)
root.manager = Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger of that dotted name (made on first use); the root logger for
    None, '' or 'root'."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return root.manager.getLogger(name)


class LoggerAdapter(object):
    """A logger wrapper whose process() adds context (the `extra` mapping)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        return msg, dict(kwargs, extra=self.extra)

    def log(self, level, msg, *args, **kwargs):
        if not self.logger.isEnabledFor(level):
            return
        text, options = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **options)

    def _via(severity):
        def method(self, msg, *args, **options):
            self.log(severity, msg, *args, **options)
        method.__name__ = method.__qualname__ = getLevelName(severity).lower()
        return method

    debug = _via(DEBUG)
    info = _via(INFO)
    warning = warn = _via(WARNING)
    error = _via(ERROR)
    critical = _via(CRITICAL)
    del _via

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    manager = property(lambda self: self.logger.manager)

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


# -- configuration and shortcuts ---------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it has handlers already
    (force=True replaces them)."""
    if kwargs.pop("force", False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if {"stream", "filename"} <= kwargs.keys():
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if handlers is None:
        path = kwargs.pop("filename", None)
        mode = kwargs.pop("filemode", "a")
        if path:
            encoding = kwargs.pop("encoding", None)
            errors = kwargs.pop("errors", "backslashreplace")
            handlers = [FileHandler(path, mode, encoding=encoding, errors=errors)]
        else:
            handlers = [StreamHandler(kwargs.pop("stream", None))]
    kwargs.pop("encoding", None)
    kwargs.pop("errors", None)
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", "%")
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
    fmt_text = kwargs.pop("format", _STYLES[style][1])
    shared = Formatter(fmt_text, datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(shared)
        root.addHandler(h)
    if kwargs.get("level") is not None:
        root.setLevel(kwargs["level"])
    kwargs.pop("level", None)
    if kwargs:
        raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs.keys()))


def _configured_root():
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _configured_root().error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                   DeprecationWarning, 2)
    _configured_root().warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    Logger.manager.disable = level


def shutdown(handlerList=None):
    for h in reversed(list(_handlers if handlerList is None else handlerList)):
        try:
            h.flush()
            h.close()
        except (ValueError, OSError):
            pass


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    text = _warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", text)


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True) or back to stderr (False)."""
    global _saved_showwarning
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = _warnings.showwarning
            _warnings.showwarning = _warning_to_log
    elif _saved_showwarning is not None:
        _warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
