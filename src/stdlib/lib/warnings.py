"""Warning control for pycell: warn(), warn_explicit(), the filter list, the
display hooks and the catch_warnings context manager.

Written for pycell from the library reference ("warnings — Warning control") and
black-box comparison with CPython 3.11. A warning is checked against `filters`
from the front (the first entry that matches decides its action; `defaultaction`
when none does); the per-module `__warningregistry__` dict remembers what has
already been shown so that "default", "module" and "once" print a warning only
the first time. pycell has no C accelerator, so this module is the whole story;
TypeScript code issues warnings through warn() (src/runtime/warn.ts) and
compile-time SyntaxWarnings through warn_explicit() (src/runtime/runner.ts).
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

# every action a filter entry may name, in the order -W prefixes are resolved
_KNOWN_ACTIONS = ("default", "error", "ignore", "always", "module", "once")

# -- presenting a warning ---------------------------------------------------------


class WarningMessage(object):
    """The details of one warning, as catch_warnings(record=True) collects them."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        parts = ("message : %r" % (self.message,),
                 "category : %r" % (self._category_name,),
                 "filename : %r" % (self.filename,),
                 "lineno : %s" % (self.lineno,),
                 "line : %r" % (self.line,))
        return "{" + ", ".join(parts) + "}"


def _render(record):
    """The text the default formatter produces for a WarningMessage."""
    head = "{}:{}: {}: {}\n".format(record.filename, record.lineno,
                                    record.category.__name__, record.message)
    code = record.line
    if code is None:
        try:
            import linecache
            code = linecache.getline(record.filename, record.lineno)
        except Exception:
            code = None
    if code:
        code = code.strip()
        if code:
            return head + "  " + code + "\n"
    return head


def _emit(record):
    """Write a formatted warning to its file (stderr by default); a closed or
    missing stream is not an error."""
    stream = record.file if record.file is not None else sys.stderr
    if stream is None:
        return
    text = _formatwarnmsg(record)
    try:
        stream.write(text)
    except OSError:
        pass


# catch_warnings(record=True) swaps this name for a list's append method
_showwarnmsg_impl = _emit
_formatwarnmsg_impl = _render


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr when file is None); replaceable."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the standard one- or two-line text of a warning; replaceable."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


# kept to tell whether a program has installed its own hooks
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(record):
    """Show a warning through the user's showwarning() when one was installed."""
    hook = showwarning
    if hook is _showwarning_orig:
        _showwarnmsg_impl(record)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(record.message, record.category, record.filename, record.lineno,
         record.file, record.line)


def _formatwarnmsg(record):
    """Format a warning through the user's formatwarning() when one was installed."""
    hook = formatwarning
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(record)
    return hook(record.message, record.category, record.filename, record.lineno, record.line)


# -- the filter list ----------------------------------------------------------------

def _install(entry, append):
    """Put a filter tuple at the front (moving an equal entry there) or, when
    appending, at the back unless it is already present."""
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def _check_action(action):
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter whose message and module fields are regular expressions."""
    _check_action(action)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    msg_pattern = mod_pattern = None
    if message or module:
        import re
        if message:
            msg_pattern = re.compile(message, re.I)
        if module:
            mod_pattern = re.compile(module)
    _install((action, msg_pattern, category, mod_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches any message in any module."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Empty the filter list (the default action then applies to everything)."""
    del filters[:]
    _filters_mutated()


def _filters_mutated():
    """Invalidate every __warningregistry__: what was suppressed may now show."""
    global _filters_version
    _filters_version += 1


_filters_version = 1

# -- -W command-line options ------------------------------------------------------


class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _resolve_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for name in _KNOWN_ACTIONS:
        if name.startswith(word):
            return name
    raise _OptionError("invalid action: %r" % (word,))


def _resolve_category(spec):
    if not spec:
        return Warning
    modname, dot, attr = spec.rpartition(".")
    if not dot:
        import builtins
        found = getattr(builtins, spec, None)
        if found is None:
            raise _OptionError("unknown warning category: %r" % (spec,))
    else:
        try:
            owner = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
        if not hasattr(owner, attr):
            raise _OptionError("unknown warning category: %r" % (spec,))
        found = getattr(owner, attr)
    if not isinstance(found, type) or not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (spec,))
    return found


# names CPython's module has for the two resolvers (tests reach them by name)
_getaction = _resolve_action
_getcategory = _resolve_category


def _setoption(arg):
    """Turn one -W option (action:message:category:module:lineno) into a filter."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action = _resolve_action(fields[0])
    category = _resolve_category(fields[2])
    message, module, line_text = fields[1], fields[3], fields[4]
    if message or module:
        import re
        # on the command line both are literal text; the module must match whole
        message = re.escape(message) if message else ""
        module = re.escape(module) + r"\Z" if module else ""
    lineno = 0
    if line_text:
        try:
            lineno = int(line_text)
        except ValueError:
            lineno = line_text
        if isinstance(lineno, str) or lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, lineno=lineno)


def _processoptions(args):
    for option in args:
        try:
            _setoption(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


# -- issuing warnings ------------------------------------------------------------

def _where(stacklevel):
    """(globals, filename, lineno) of the frame `stacklevel` levels up from the
    caller of warn(); beyond the outermost frame, the sys module at line 1."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        frame = None
    if frame is None:
        return sys.__dict__, "sys", 1
    line = frame.f_lineno
    return frame.f_globals, frame.f_code.co_filename, 1 if line is None else line


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the code `stacklevel` frames up; the filters decide
    whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    globs, filename, lineno = _where(stacklevel)
    modname = globs.get("__name__", "<string>") if isinstance(globs, dict) else "<string>"
    registry = globs.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, modname, registry, globs, source)


def _field_matches(pattern, text):
    # None matches anything; a plain string (the built-in '__main__' entry) must
    # be equal; anything else is a compiled pattern matched at the start
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def _choose_action(text, category, module, lineno):
    """The action of the first filter that applies, and that filter (or None)."""
    for entry in filters:
        act, msg_pat, cat, mod_pat, line = entry
        if line and line != lineno:
            continue
        if not issubclass(category, cat):
            continue
        if _field_matches(msg_pat, text) and _field_matches(mod_pat, module):
            return act, entry
    return globals().get("defaultaction", _defaultaction), None


def _seen_before(registry, key, remember):
    """Whether key is already in registry (reset first if the filters changed
    since it was filled); with remember, record it."""
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location (filename, lineno, module)."""
    # the bookkeeping follows CPython's C implementation (Python/_warnings.c), which
    # is what programs observe there: without a registry nothing is remembered,
    # except by "once", which then uses the module-wide onceregistry
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    seen_key = (text, category, lineno)
    tracked = registry is not None
    if tracked and _seen_before(registry, seen_key, False):
        return
    action, entry = _choose_action(text, category, module, lineno)
    # prime linecache so that the source line can be shown even for code whose
    # file is not on disk (a loader in module_globals)
    try:
        import linecache
        linecache.getlines(filename, module_globals)
    except Exception:
        pass
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if tracked:
            registry[seen_key] = True
        short_key = (text, category)
        if action == "once":
            target = registry if tracked else globals().get("onceregistry", _onceregistry)
            if _seen_before(target, short_key, True):
                return
        elif action == "module":
            if tracked and _seen_before(registry, short_key, True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# -- catch_warnings ----------------------------------------------------------------

class catch_warnings(object):
    """Context manager that saves the filters and display hook on entry and puts
    them back on exit; with record=True the warnings go into a returned list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = module if module is not None else sys.modules["warnings"]
        self._entered = False
        self._initial = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._initial is not None:
            target.simplefilter(*self._initial)
        if not self._record:
            return None
        collected = []
        target._showwarnmsg_impl = collected.append
        # a hook replaced by the program would bypass the recording
        target.showwarning = target._showwarning_orig
        return collected

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._showwarnmsg_impl = self._saved
        target._filters_mutated()


# -- helpers other stdlib modules use ----------------------------------------------

_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warn that `name` goes away in version `remove` (a (major, minor) tuple);
    once that version is reached (past its alphas) it is an error to still call."""
    wanted = "{}.{}".format(*remove)
    past = (_version[:2] > remove) or (_version[:2] == remove and _version[3] != "alpha")
    if past:
        raise RuntimeError("{!r} was slated for removal after Python {} alpha".format(name, wanted))
    warn(message.format(name=name, remove=wanted), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning for a coroutine object collected without being awaited."""
    text = "coroutine '{}' was never awaited".format(coro.__qualname__)
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


# -- initial state -------------------------------------------------------------------

_defaultaction = defaultaction = "default"
_onceregistry = onceregistry = {}
_warnings_defaults = False

# the list CPython 3.11 starts with in a release build without -W options: the
# plain '__main__' string is compared for equality, not as a pattern
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
_processoptions(getattr(sys, "warnoptions", []))
