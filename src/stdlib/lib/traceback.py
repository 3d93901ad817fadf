"""Extracting, formatting and printing stack traces, written for pycell from the
library reference ("traceback — Print or retrieve a stack traceback") and
black-box comparison with CPython 3.11's output.

The frames of a traceback object come from the runtime (`_pycell_tb.frames`), and
so do the PEP 657 marker lines under each source line (`_pycell_tb.carets`): the
runtime computes them once, for uncaught exceptions and for this module alike.
Exception groups are drawn with the box margins CPython 3.11 uses.
"""

import sys
import _pycell_tb

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb"]

_sentinel = object()

# a frame that repeats more often than this in a row is summarised
_REPEAT_SHOWN = 3

_CAUSE_HEADER = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT_HEADER = "\nDuring handling of the above exception, another exception occurred:\n\n"
_BAR = "-" * 16
_CLOSING = "+" + "-" * 36


def _source_text(filename, lineno):
    """One source line (unstripped, '' when unknown): the runtime's copy of files it
    compiled first, then linecache (which also knows lines registered by tools)."""
    if lineno is None:
        return ""
    if filename and not filename.startswith("<"):
        known = _pycell_tb.source_line(filename, lineno)
        if known is not None:
            return known
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return ""


def _as_text(value, what, conv=str):
    try:
        return conv(value)
    except BaseException:
        return "<%s %s() failed>" % (what, conv.__name__)


# -- one frame -----------------------------------------------------------------------

class FrameSummary:
    """The information traceback formatting needs about one frame."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name",
                 "_line", "locals", "_marks")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        # colno/end_colno are kept for callers; the markers pycell draws come from
        # the runtime (_marks), filled in for traceback frames
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        self._marks = ""
        self.locals = None if not locals else {key: repr(val) for key, val in locals.items()}
        if lookup_line:
            self.line

    @property
    def _original_line(self):
        if self._line is None:
            self._line = _source_text(self.filename, self.lineno) if self.lineno is not None else None
        return self._line

    @property
    def line(self):
        """The source line, without surrounding whitespace (None when no line number)."""
        text = self._original_line
        return None if text is None else text.strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if type(other) is tuple or isinstance(other, tuple):
            return self._fields() == other
        if not isinstance(other, __class__):
            return NotImplemented
        return all(getattr(self, key) == getattr(other, key)
                   for key in ("filename", "lineno", "name", "locals"))

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(self.filename, self.lineno, self.name)


def _effective_limit(limit):
    if limit is not None:
        return limit
    configured = getattr(sys, "tracebacklimit", None)
    return None if configured is None else max(configured, 0)


def _cut(items, limit):
    """Keep the first `limit` items (the last -limit when negative)."""
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:] if -limit < len(items) else items


# -- a list of frames ------------------------------------------------------------

class StackSummary(list):
    """A list of FrameSummary objects that can be formatted."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Summarise the (frame, lineno) pairs of frame_gen."""
        limit = _effective_limit(limit)
        pairs = []
        if limit is not None and limit >= 0:
            for pair in frame_gen:
                if len(pairs) >= limit:
                    break
                pairs.append(pair)
        else:
            pairs = _cut(list(frame_gen), limit)
        result = klass()
        for frame, lineno in pairs:
            code = frame.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=frame.f_locals if capture_locals else None))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Build a StackSummary from FrameSummary objects or 4-tuples."""
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                path, number, func, text = item
                result.append(FrameSummary(path, number, func, line=text))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: location, source line, markers and locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        code = frame_summary.line
        if code:
            parts.append("    " + code + "\n")
            marks = getattr(frame_summary, "_marks", "")
            if marks:
                parts.append(marks)
        if frame_summary.locals:
            for key in sorted(frame_summary.locals):
                parts.append("    {} = {}\n".format(key, frame_summary.locals[key]))
        return "".join(parts)

    def format(self):
        """One string per frame, ready to print; long runs of the same frame
        (recursion) are summarised after the first few."""
        out = []
        previous = None
        run = 0
        for summary in self:
            where = (summary.filename, summary.lineno, summary.name)
            if where == previous:
                run += 1
            else:
                _note_repeats(out, run)
                previous, run = where, 1
            if run <= _REPEAT_SHOWN:
                out.append(self.format_frame_summary(summary))
        _note_repeats(out, run)
        return out


def _note_repeats(out, run):
    hidden = run - _REPEAT_SHOWN
    if hidden > 0:
        out.append("  [Previous line repeated {} more time{}]\n".format(
            hidden, "s" if hidden > 1 else ""))


def _summarise_tb(tb, limit=None, lookup_lines=True, capture_locals=False, exc=None):
    """StackSummary of a traceback object, with the runtime's marker lines."""
    limit = _effective_limit(limit)
    where = list(_pycell_tb.frames(tb))
    marks = list(_pycell_tb.carets(tb, exc)) if lookup_lines else []
    frames = [pair[0] for pair in walk_tb(tb)] if capture_locals else []
    indexes = _cut(list(range(len(where))), limit)
    result = StackSummary()
    for i in indexes:
        filename, lineno, name = where[i]
        scope = frames[i].f_locals if capture_locals and i < len(frames) else None
        summary = FrameSummary(filename, lineno, name, lookup_line=lookup_lines, locals=scope)
        if i < len(marks) and marks[i]:
            summary._marks = marks[i]
        result.append(summary)
    return result


def walk_tb(tb):
    """Yield (frame, lineno) along a traceback's tb_next chain."""
    link = tb
    while link is not None:
        yield link.tb_frame, link.tb_lineno
        link = link.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from f (default: the caller) outwards along f_back."""
    frame = sys._getframe(1) if f is None else f
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def _outward_frames(f):
    # the frames from f to the outermost one, innermost first
    chain = []
    while f is not None:
        chain.append((f, f.f_lineno))
        f = f.f_back
    return chain


def extract_tb(tb, limit=None):
    """StackSummary of a traceback object (outermost frame first)."""
    return _summarise_tb(tb, limit=limit)


def extract_stack(f=None, limit=None):
    """StackSummary of the current stack (or from frame f), outermost first."""
    start = sys._getframe(1) if f is None else f
    summary = StackSummary.extract(_outward_frames(start), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """Format FrameSummary objects or tuples as lines of a traceback."""
    frames = StackSummary.from_list(extracted_list)
    return frames.format()


def print_list(extracted_list, file=None):
    """Print the frames of extracted_list (to sys.stderr by default)."""
    _write(format_list(extracted_list), file)


def _write(chunks, file):
    stream = sys.stderr if file is None else file
    for text in chunks:
        print(text, file=stream, end="")


def format_tb(tb, limit=None):
    """Format the frames of a traceback object."""
    return _summarise_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the frames of a traceback object."""
    _write(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    """Format the current stack (or the one from frame f)."""
    start = sys._getframe(1) if f is None else f
    return extract_stack(start, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the current stack (or the one from frame f)."""
    start = sys._getframe(1) if f is None else f
    _write(extract_stack(start, limit).format(), file)


def clear_frames(tb):
    """Clear the local variables of every frame of a traceback."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except (RuntimeError, AttributeError):
            pass


# -- exceptions --------------------------------------------------------------------

def _type_label(exc_type):
    """'Name' for builtins and __main__ classes, else 'module.Qualname'."""
    label = getattr(exc_type, "__qualname__", None) or exc_type.__name__
    owner = getattr(exc_type, "__module__", None)
    if owner not in ("__main__", "builtins", None):
        if not isinstance(owner, str):
            owner = "<unknown>"
        label = owner + "." + label
    return label


class TracebackException:
    """A snapshot of an exception (type, message, frames, chain, sub-exceptions)
    that can be formatted later without keeping the exception alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        if exc_value is not None:
            seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _summarise_tb(exc_traceback, limit=limit, lookup_lines=lookup_lines,
                                   capture_locals=capture_locals, exc=exc_value)
        self.exc_type = exc_type
        self._str = _as_text(exc_value, "exception")
        self._hint = ""
        if (_hinting and exc_type is not None and issubclass(exc_type, (NameError, AttributeError))
                and getattr(exc_value, "name", None) is not None):
            # shown after the message, or right after the type name when it is empty
            self._hint = _suggestion(exc_value, exc_traceback)
        try:
            self.__notes__ = getattr(exc_value, "__notes__", None)
        except Exception:
            self.__notes__ = [_as_text(None, "__notes__", repr)]
        self._is_syntax_error = bool(exc_type) and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            # line numbers are kept as text, as CPython's object has them
            for attr in ("lineno", "end_lineno"):
                number = getattr(exc_value, attr)
                setattr(self, attr, None if number is None else str(number))
            for attr in ("filename", "text", "offset", "end_offset", "msg"):
                setattr(self, attr, getattr(exc_value, attr))
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if exc_value is None:
            return

        def snapshot(other):
            if other is None or id(other) in seen:
                return None
            return TracebackException(type(other), other, other.__traceback__, compact=compact,
                                      _seen=seen, **options)

        self.__cause__ = snapshot(exc_value.__cause__)
        wants_context = not compact or (exc_value.__cause__ is None and
                                        not exc_value.__suppress_context__)
        if wants_context:
            self.__context__ = snapshot(exc_value.__context__)
        # a sub-exception is drawn inside its group even when it was also shown
        # as the group's context; `seen` only cuts cycles in the chains
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(sub), sub, sub.__traceback__, compact=compact,
                                   _seen=seen, **options)
                for sub in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Snapshot an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if not isinstance(other, __class__):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The final lines: 'Type: message', SyntaxError details, __notes__."""
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        label = _type_label(self.exc_type)
        if self._is_syntax_error:
            yield from self._syntax_error_lines(label)
        elif self._str:
            yield "{}: {}{}\n".format(label, self._str, self._hint)
        else:
            yield label + self._hint + "\n"
        notes = self.__notes__
        if notes is None:
            return
        if isinstance(notes, str) or _is_sequence(notes):
            for note in notes:
                yield _as_text(note, "note") + "\n"
        else:
            yield _as_text(notes, "__notes__", repr) + "\n"

    def _syntax_error_lines(self, label):
        suffix = ""
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = " ({})".format(self.filename)
        if self.text is not None:
            whole = self.text.rstrip("\n")
            shown = whole.lstrip(" \n\f")
            dropped = len(whole) - len(shown)
            yield "    {}\n".format(shown)
            if self.offset is not None and _hinting:
                # the interpreter's own report (pythonrun.c print_error_text): nothing
                # for a start before the line, at least one caret, none past its end
                start = self.offset
                stop = self.end_offset if self.end_offset is not None else 0
                first = min(start - 1 - dropped, len(shown))
                width = stop - start if stop > start else 1
                width = max(1, min(width, len(shown) - first))
                if start > 0 and first >= 0:
                    pad = "".join(ch if ch.isspace() else " " for ch in shown[:first])
                    yield "    {}{}\n".format(pad, "^" * width)
            elif self.offset is not None:
                start = self.offset
                stop = self.end_offset
                if stop in (None, 0) or stop == -1 or stop == start:
                    stop = start + 1
                first = start - 1 - dropped
                last = stop - 1 - dropped
                if first >= 0:
                    pad = "".join(ch if ch.isspace() else " " for ch in shown[:first])
                    yield "    {}{}\n".format(pad, "^" * (last - first))
        yield "{}: {}{}\n".format(label, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report, chained exceptions first."""
        depth = 0 if _ctx is None else _ctx
        for text in _chain_lines(self, chain, depth):
            yield text


# CPython 3.11's traceback module gives no "Did you mean" hints, the interpreter's
# own report (pythonrun.c print_exception) does: _display, used by sys.excepthook,
# turns them on for its report only
_hinting = False


def _display(exc_type, value, tb):
    """sys.excepthook's report of an exception, with name suggestions."""
    global _hinting
    saved = _hinting
    _hinting = True
    try:
        print_exception(exc_type, value, tb)
    finally:
        _hinting = saved


def _suggestion(exc_value, tb):
    """The ". Did you mean: 'x'?" hint of a NameError/AttributeError, as the
    runtime computes it for uncaught exceptions ('' when there is none)."""
    scope = None
    while tb is not None:
        scope = tb.tb_frame.f_globals
        tb = tb.tb_next
    if scope is None:
        main = sys.modules.get("__main__")
        scope = getattr(main, "__dict__", {})
    try:
        first = _pycell_tb.last_lines(exc_value, scope).split("\n", 1)[0]
    except Exception:
        return ""
    cue = first.rfind(". Did you mean: ")
    return first[cue:] if cue >= 0 and first.endswith("?") else ""


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return isinstance(obj, (list, tuple))
    return isinstance(obj, Sequence)


def _prefixed(chunks, depth, first_margin="|"):
    """Split chunks into lines and put the group margin of `depth` before each
    (depth 0: no margin). The very first line may get a different margin."""
    if depth == 0:
        return list(chunks)
    lines = []
    indent = "  " * depth
    for chunk in chunks:
        for piece in chunk.splitlines(keepends=True):
            margin = first_margin if not lines else "|"
            lines.append("{}{} {}".format(indent, margin, piece))
    return lines


def _chain_lines(te, chain, base):
    """The report of te and (with chain) its causes/contexts, oldest first, at
    group nesting `base` (0 outside any exception group)."""
    links = [(None, te)]
    if chain:
        seen = {id(te)}
        current = te
        while True:
            if current.__cause__ is not None:
                step = (_CAUSE_HEADER, current.__cause__)
            elif current.__context__ is not None and not current.__suppress_context__:
                step = (_CONTEXT_HEADER, current.__context__)
            else:
                break
            if id(step[1]) in seen:
                break
            seen.add(id(step[1]))
            links.append(step)
            current = step[1]
    out = []
    for pos in range(len(links) - 1, -1, -1):
        item = links[pos][1]
        out.extend(_one_exception(item, base))
        header = links[pos][0]
        if header is not None:
            out.extend(_prefixed([header], base))
    return out


def _one_exception(te, base):
    if te.exceptions is None:
        chunks = []
        if te.stack:
            chunks.append("Traceback (most recent call last):\n")
            chunks.extend(te.stack.format())
        chunks.extend(te.format_exception_only())
        return _prefixed(chunks, base)
    return _group_lines(te, max(base, 1), base == 0)


def _group_lines(te, depth, outermost):
    """An exception group at `depth`: its own report, then each sub-exception
    one level deeper between separator lines."""
    if depth > te.max_group_depth:
        return _prefixed(["... (max_group_depth is {})\n".format(te.max_group_depth)], depth)
    own = []
    if te.stack:
        own.append("Exception Group Traceback (most recent call last):\n")
        own.extend(te.stack.format())
    own.extend(te.format_exception_only())
    out = _prefixed(own, depth, "+" if outermost and te.stack else "|")
    subs = te.exceptions
    shown = subs[:te.max_group_width]
    rail = "  " * (depth + 1)
    for number, sub in enumerate(shown, 1):
        lead = "  " * depth + "+-" if number == 1 else rail
        out.append("{}+{} {} {}\n".format(lead, _BAR, number, _BAR))
        out.extend(_chain_lines(sub, True, depth + 1))
    if len(subs) > len(shown):
        rest = len(subs) - len(shown)
        out.append("{}+{} ... {}\n".format(rail, _BAR, _BAR))
        out.extend(_prefixed(["and {} more exception{}\n".format(rest, "s" if rest > 1 else "")],
                             depth + 1))
        out.append(rail + _CLOSING + "\n")
    elif shown and not out[-1].strip() == _CLOSING:
        out.append(rail + _CLOSING + "\n")
    return out


def _snapshot_for(exc, value, tb, limit):
    """TracebackException for the one-argument form (an exception) or the legacy
    three-argument form (type, value, tb) of the module-level functions."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            value = tb = None
        elif not isinstance(exc, BaseException):
            raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
        else:
            value, tb = exc, exc.__traceback__
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a report: the exception type and message."""
    target = exc if value is _sentinel else value
    return list(TracebackException(type(target), target, None, compact=True)
                .format_exception_only())


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a full report, as print_exception() would print them."""
    return list(_snapshot_for(exc, value, tb, limit).format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print a full report of an exception (to sys.stderr by default)."""
    _write(_snapshot_for(exc, value, tb, limit).format(chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    current = sys.exception()
    return "".join(format_exception(current, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    current = sys.exception()
    print_exception(current, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_*)."""
    try:
        kind, value, tb = sys.last_type, sys.last_value, sys.last_traceback
    except AttributeError:
        raise ValueError("no last exception") from None
    print_exception(kind, value, tb, limit=limit, file=file, chain=chain)
