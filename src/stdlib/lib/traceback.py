"""Extract, format and print information about Python stack traces (pycell).

Frames come from the runtime (_pycell_tb); the last line of each exception is the
runtime's own rendering, so these functions print what an uncaught exception prints.
pycell has no frame objects: walk_stack/extract_stack/format_stack/print_stack raise
NotImplementedError, and FrameSummary.locals is always None.
"""
import sys
import _pycell_tb

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only", "format_list",
           "format_stack", "format_tb", "print_exc", "format_exc", "print_exception", "print_last",
           "print_stack", "print_tb", "clear_frames", "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_RECURSIVE_CUTOFF = 3
_sentinel = object()


def _main_globals():
    main = sys.modules.get("__main__")
    return getattr(main, "__dict__", None)


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals", "_caret")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        # the PEP 657 marker line, when the frame comes from an exception's traceback
        self._caret = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            text = _pycell_tb.source_line(self.filename, self.lineno)
            if text is None:
                text = _file_line(self.filename, self.lineno)
            self._line = text if text is not None else ""
        return self._line.strip()


def _file_line(filename, lineno):
    # linecache when pycell has it; otherwise nothing
    try:
        import linecache
    except ImportError:
        return None
    try:
        return linecache.getline(filename, lineno)
    except Exception:
        return None


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        if limit is not None:
            result[:] = _limited(list(result), limit)
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                      frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line))
            caret = getattr(frame_summary, "_caret", None)
            if caret:
                row.append(caret)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    result.append("  [Previous line repeated {} more time{}]\n".format(more, "s" if more > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            result.append("  [Previous line repeated {} more time{}]\n".format(more, "s" if more > 1 else ""))
        return result


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def _tb_summary(tb, limit=None, lookup_lines=True, exc=None):
    entries = list(_pycell_tb.frames(tb))
    carets = _pycell_tb.carets(tb, exc) if lookup_lines else [""] * len(entries)
    result = StackSummary()
    for (f, n, name), caret in _limited(list(zip(entries, carets)), limit):
        fs = FrameSummary(f, n, name, lookup_line=lookup_lines)
        fs._caret = caret or None
        result.append(fs)
    return result


def walk_tb(tb):
    """Walk a traceback yielding (frame, line number), outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Walk a stack from frame f outwards, yielding (frame, line number)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return _tb_summary(tb, limit)


def _stack_summary(f, limit):
    entries = [(fr.f_code.co_filename, lineno, fr.f_code.co_name) for fr, lineno in walk_stack(f)]
    entries.reverse()
    if limit is not None:
        entries = entries[max(len(entries) - limit, 0):] if limit >= 0 else entries[:-limit]
    return StackSummary(FrameSummary(fn, n, name) for fn, n, name in entries)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return _stack_summary(f, limit)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(_stack_summary(f, limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(_stack_summary(f, limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def clear_frames(tb):
    pass


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        return None, None
    return value, tb


def _type_name(etype):
    mod = getattr(etype, "__module__", None)
    name = etype.__qualname__
    if mod not in ("__main__", "builtins", None):
        if not isinstance(mod, str):
            mod = "<unknown>"
        name = mod + "." + name
    return name


class TracebackException:
    """An exception ready for rendering."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self.stack = _tb_summary(exc_traceback, limit, lookup_lines, exc_value)
        self._str = _safe_str(exc_value)
        notes = getattr(exc_value, "__notes__", None) if exc_value is not None else None
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, "end_lineno", None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, "end_offset", None)
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    lookup_lines=lookup_lines, _seen=_seen)
            ctx = exc_value.__context__
            if ctx is not None and id(ctx) not in _seen and not (compact and (self.__cause__ is not None or self.__suppress_context__)):
                self.__context__ = TracebackException(type(ctx), ctx, ctx.__traceback__, limit=limit,
                                                      lookup_lines=lookup_lines, _seen=_seen)
        self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "None\n"
            return
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines()
            return
        value = self._exc_value
        if isinstance(value, BaseException):
            yield from _split_lines(_pycell_tb.last_lines(value, _main_globals()))
            return
        stype = _type_name(self.exc_type)
        yield (f"{stype}: {self._str}\n" if self._str else f"{stype}\n")

    def _syntax_error_lines(self):
        stype = _type_name(self.exc_type)
        filename_suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = " ({})".format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip("\n")
            ltext = rtext.lstrip(" \n\f")
            spaces = len(rtext) - len(ltext)
            yield "    {}\n".format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = "".join(c if c.isspace() else " " for c in ltext[:colno])
                    yield "    {}{}\n".format(caretspace, "^" * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)
        notes = self.__notes__
        if notes is not None:
            for note in notes:
                yield (note if isinstance(note, str) else repr(note)) + "\n"

    def format(self, *, chain=True, _ctx=None):
        chain_parts = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chain_parts.append((exc, "\nThe above exception was the direct cause of the following exception:\n\n"))
                    nxt = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chain_parts.append((exc, "\nDuring handling of the above exception, another exception occurred:\n\n"))
                    nxt = exc.__context__
                else:
                    chain_parts.append((exc, None))
                    nxt = None
            else:
                chain_parts.append((exc, None))
                nxt = None
            exc = nxt
        # innermost cause first; each link's message comes before the exception it explains
        for exc, msg in reversed(chain_parts):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()


def _split_lines(text):
    return [line + "\n" for line in text.split("\n")[:-1]] if text.endswith("\n") else text.splitlines(True)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return "<exception str() failed>"


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)
