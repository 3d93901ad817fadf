"""Run the interactive examples found in docstrings and text files, and compare
their output with the output written after them.

Written for pycell from the library reference ("doctest — Test interactive Python
examples") and black-box comparison with CPython 3.11 (the report texts, option
flag values, line numbers and unittest integration match its output).

The pieces: DocTestParser cuts a text into prose and Example objects; a DocTest is
the examples of one docstring with the globals they run in; DocTestFinder walks a
module (functions, classes, methods, `__test__`) collecting DocTests;
DocTestRunner executes them with stdout captured, using an OutputChecker to
compare; testmod/testfile/run_docstring_examples drive a runner, and
DocTestSuite/DocFileSuite wrap DocTests as unittest test cases.
"""

__docformat__ = "reStructuredText en"

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST",
    "Example", "DocTest", "DocTestParser", "DocTestFinder", "DocTestRunner",
    "OutputChecker", "DocTestFailure", "UnexpectedException", "DebugRunner",
    "testmod", "testfile", "run_docstring_examples", "DocTestSuite", "DocFileSuite",
    "set_unittest_reportflags", "script_from_examples", "testsource", "debug_src", "debug",
]

import __future__
import os
import re
import sys
import traceback
from collections import namedtuple
from io import StringIO

TestResults = namedtuple("TestResults", "failed attempted")

# -- option flags -------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Give a new option name the next free bit (an existing name keeps its bit)."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = 0
for _flag in (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS,
              SKIP, IGNORE_EXCEPTION_DETAIL):
    COMPARISON_FLAGS |= _flag

REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = 0
for _flag in (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST):
    REPORTING_FLAGS |= _flag
del _flag

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."

# -- small helpers -------------------------------------------------------------------


def _indent(text, indent=4):
    """Indent every non-empty line of text."""
    pad = " " * indent
    return "".join(pad + line if line.strip("\n") else line
                   for line in text.splitlines(keepends=True))


def _exception_traceback(exc_info):
    """The full traceback report of exc_info, as a string."""
    sink = StringIO()
    kind, value, tb = exc_info
    traceback.print_exception(kind, value, tb, file=sink)
    return sink.getvalue()


def _future_flags(globs):
    """compile() flags for the __future__ features imported into globs."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = globs.get(feature_name)
        if feature is getattr(__future__, feature_name):
            flags = flags | feature.compiler_flag
    return flags


def _module_for(module, depth=2):
    """A module object from a module, a dotted name, or None (the caller's module)."""
    if isinstance(module, type(sys)):
        return module
    if isinstance(module, str):
        __import__(module)
        return sys.modules[module]
    if module is None:
        try:
            caller = sys._getframe(depth).f_globals["__name__"]
        except Exception:
            caller = "__main__"
        return sys.modules[caller]
    raise TypeError("Expected a module, string, or None")


def _ellipsis_match(want, got):
    """Whether got matches want, where '...' in want stands for any text."""
    if want.find(ELLIPSIS_MARKER) < 0:
        return want == got
    fixed = want.split(ELLIPSIS_MARKER)
    head, tail = fixed[0], fixed[-1]
    if not (got.startswith(head) and got.endswith(tail)):
        return False
    cursor = len(head)
    stop = len(got) - len(tail)
    if stop < cursor:
        return False
    for middle in fixed[1:-1]:
        if not middle:
            continue
        found = got.find(middle, cursor, stop)
        if found < 0:
            return False
        cursor = found + len(middle)
    return True


def _strip_exception_details(msg):
    """'pkg.mod.Error: detail' -> 'Error' (for IGNORE_EXCEPTION_DETAIL)."""
    first = msg.split("\n", 1)[0]
    return first.split(":", 1)[0].rsplit(".", 1)[-1]


class _SpoofOut(StringIO):
    """The stdout examples write to: getvalue() always ends a non-empty text with
    a newline, so that a missing final newline does not fail the comparison."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith("\n"):
            text += "\n"
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


# -- examples and tests --------------------------------------------------------

def _with_newline(text):
    return text + "\n" if text and not text.endswith("\n") else text


class Example:
    """One interactive statement: its source, the expected output, the expected
    exception message (or None), its line in the docstring, indentation and
    option overrides."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_newline(source) if source else "\n"
        self.want = _with_newline(want)
        self.exc_msg = None if exc_msg is None else _with_newline(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _identity(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            what = "no examples"
        elif count == 1:
            what = "1 example"
        else:
            what = "%d examples" % count
        return "<%s %s from %s:%s (%s)>" % (type(self).__name__, self.name, self.filename,
                                           self.lineno, what)

    def _identity(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash((self.name, self.filename, self.lineno, self.docstring))

    def __lt__(self, other):
        if not isinstance(other, __class__):
            return NotImplemented
        mine = (self.name, self.filename, self.lineno, id(self))
        theirs = (other.name, other.filename, other.lineno, id(other))
        return mine < theirs


# -- parsing --------------------------------------------------------------------

# a prompt line: indentation, '>>>', then the rest
_PROMPT_LINE = re.compile(r"^( *)>>>(.*)$")
_TRACEBACK_HEAD = re.compile(r"Traceback \((?:most recent call last|innermost last)\):[ \t]*$")
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_ONLY_COMMENT = re.compile(r"^[ ]*(#.*)?$")


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    def parse(self, string, name="<string>"):
        """A list alternating text and Example objects (text first and last)."""
        lines = string.expandtabs().split("\n")
        margin = min((len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()), default=0)
        if margin:
            lines = [ln[margin:] for ln in lines]
        pieces = []
        prose = []
        row = 0
        total = len(lines)
        while row < total:
            hit = _PROMPT_LINE.match(lines[row])
            if hit is None:
                prose.append(lines[row])
                row += 1
                continue
            start = row
            indent = len(hit.group(1))
            source_lines = [lines[row]]
            row += 1
            # any indentation is taken here; a wrong one is reported below
            while row < total and lines[row].lstrip(" ").startswith("..."):
                source_lines.append(lines[row])
                row += 1
            want_lines = []
            while row < total and lines[row].strip() and not lines[row].lstrip(" ").startswith(">>>"):
                want_lines.append(lines[row])
                row += 1
            pieces.append("".join(ln + "\n" for ln in prose))
            prose = []
            example = self._build_example(source_lines, want_lines, indent, start, name)
            # the reported indentation counts the margin removed above
            example.indent += margin
            # a lone blank or comment line is no example (nothing to run)
            text = example.source.rstrip("\n")
            if "\n" not in text and (not text.strip(" ") or text.lstrip(" ").startswith("#")):
                continue
            pieces.append(example)
        # the text after the last example keeps the string's own ending
        tail = "\n".join(prose)
        pieces.append(tail)
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """Only the Example objects of string."""
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _build_example(self, source_lines, want_lines, indent, lineno, name):
        for offset, line in enumerate(source_lines):
            # after the prompt there must be a blank (or nothing)
            after = line[indent + 3:indent + 4]
            if after not in ("", " "):
                prompt = line[indent:indent + 3]
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + offset + 1, name, prompt, line))
        self._same_margin(source_lines[1:], " " * indent + ".", name, lineno)
        self._same_margin(want_lines, " " * indent, name, lineno + len(source_lines))
        source = "\n".join(line[indent + 4:] for line in source_lines)
        want = "\n".join(line[indent:] for line in want_lines)
        exc_msg = self._exception_text(want)
        options = self._directives(source, name, lineno)
        return Example(source, want, exc_msg, lineno=lineno, indent=indent, options=options)

    @staticmethod
    def _same_margin(lines, pad, name, first_lineno):
        for offset, line in enumerate(lines):
            if line and not line.startswith(pad):
                raise ValueError("line %r of the docstring for %s has inconsistent leading "
                                 "whitespace: %r" % (first_lineno + offset + 1, name, line))

    @staticmethod
    def _exception_text(want):
        """The exception message part of an expected traceback, else None."""
        rows = want.split("\n")
        if not rows or not _TRACEBACK_HEAD.match(rows[0]):
            return None
        for pos in range(1, len(rows)):
            row = rows[pos]
            if row and (row[0].isalnum() or row[0] == "_"):
                return "\n".join(rows[pos:])
        return None

    def _directives(self, source, name, lineno):
        options = {}
        for found in _DIRECTIVE.finditer(source):
            for word in found.group(1).replace(",", " ").split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:]) if word[:1] in "+-" else None
                if flag is None:
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, word))
                options[flag] = word[0] == "+"
        if options and _ONLY_COMMENT.match(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options


# -- finding tests -----------------------------------------------------------

# a line that opens a docstring: optional 'header:', optional string prefix, quote
_DOC_OPENER = re.compile(r"^(?:.*:)?\s*\w*['\"]")


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return the sorted list of DocTests for obj and its contents."""
        import inspect
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _home_of(obj)
        source_lines = self._source_of(obj, module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs:
            globs.update(extraglobs)
        globs.setdefault("__name__", "__main__")
        found = []
        self._collect(found, obj, name, module, source_lines, globs, set())
        found.sort()
        return found

    @staticmethod
    def _source_of(obj, module):
        import linecache
        path = _file_of(obj)
        if not path:
            return None
        try:
            if module is not None:
                lines = linecache.getlines(path, module.__dict__)
            else:
                lines = linecache.getlines(path)
        except Exception:
            return None
        return lines or None

    def _belongs(self, module, value):
        """Whether value was defined in module (so that imports are not tested)."""
        import inspect
        if module is None or isinstance(value, property):
            return True
        home = _home_of(value)
        if home is not None:
            return module is home
        if inspect.isfunction(value):
            return module.__dict__ is value.__globals__
        if _is_method_descriptor(value) or inspect.isclass(value) or hasattr(value, "__module__"):
            owner = getattr(value, "__objclass__", value)
            return getattr(owner, "__module__", None) == module.__name__
        raise ValueError("object must be a class or function")

    def _collect(self, found, obj, name, module, source_lines, globs, seen):
        import inspect
        if self._verbose:
            print("Finding tests in %s" % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._test_for(obj, name, module, globs, source_lines)
        if test is not None:
            found.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((_unwrapped_routine(value) or inspect.isclass(value))
                        and self._belongs(module, value)):
                    self._collect(found, value, "%s.%s" % (name, key), module,
                                  source_lines, globs, seen)
            for key, value in getattr(obj, "__test__", {}).items():
                if not isinstance(key, (str,)):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r"
                                     % (type(value),))
                self._collect(found, value, "%s.__test__.%s" % (name, key), module,
                              source_lines, globs, seen)
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._belongs(module, value):
                    self._collect(found, value, "%s.%s" % (name, key), module,
                                  source_lines, globs, seen)

    def _test_for(self, obj, name, module, globs, source_lines):
        """The DocTest of obj's own docstring (None when empty and excluded)."""
        if isinstance(obj, str):
            text = obj
        else:
            try:
                text = obj.__doc__
                if text is None:
                    text = ""
                elif not isinstance(text, str):
                    text = str(text)
            except (AttributeError, TypeError):
                text = ""
        lineno = self._line_of(obj, source_lines)
        if self._exclude_empty and not text:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename.endswith((".pyc",)):
                filename = filename[:-1]
        return self._parser.get_doctest(text, globs, name, filename, lineno)

    def _line_of(self, obj, source_lines):
        """0-based line of obj's docstring in its file, or None when unknown."""
        import inspect
        start = None
        documented = getattr(obj, "__doc__", None) is not None
        if inspect.ismodule(obj) and documented:
            start = 0
        if inspect.isclass(obj) and documented:
            if source_lines is None:
                return None
            name = getattr(obj, "__name__", "-")
            header = re.compile(r"^\s*class\s*%s\b" % re.escape(name))
            for number, line in enumerate(source_lines):
                if header.match(line):
                    start = number
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, "__doc__", None):
            obj = inspect.unwrap(obj).__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            start = getattr(obj, "co_firstlineno", None)
            start = None if start is None else start - 1
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        for number in range(start, len(source_lines)):
            if _DOC_OPENER.match(source_lines[number]):
                return number
        return None


def _home_of(obj):
    """The module obj was defined in (inspect.getmodule's simple cases)."""
    if isinstance(obj, type(sys)):
        return obj
    owner = getattr(obj, "__module__", None)
    if isinstance(owner, str):
        return sys.modules.get(owner)
    return None


def _file_of(obj):
    """The source file of a module, class, function or method, or None."""
    import inspect
    if isinstance(obj, type(sys)):
        return getattr(obj, "__file__", None)
    if inspect.isclass(obj):
        return _file_of(sys.modules.get(getattr(obj, "__module__", None)))
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        code = getattr(obj, "__code__", None)
        return getattr(code, "co_filename", None)
    return None


def _is_method_descriptor(value):
    kind = type(value)
    return (hasattr(kind, "__get__") and not hasattr(kind, "__set__")
            and not isinstance(value, type) and not callable(getattr(value, "__func__", None))
            and hasattr(value, "__objclass__"))


def _unwrapped_routine(value):
    """Whether value, seen through any __wrapped__ chain, is a function or method."""
    import inspect
    try:
        value = inspect.unwrap(value)
    except ValueError:
        pass
    return inspect.isroutine(value)


# -- checking output ---------------------------------------------------------

class OutputChecker:
    """Compares an example's actual output with the expected one."""

    def _toAscii(self, s):
        return str(s.encode("ASCII", "backslashreplace"), "ASCII")

    def check_output(self, want, got, optionflags):
        """True when got is acceptable for want under the comparison flags."""
        got, want = self._toAscii(got), self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if NORMALIZE_WHITESPACE & optionflags:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if ELLIPSIS & optionflags:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, flags):
        if not flags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if REPORT_NDIFF & flags:
            return True
        # a diff of one or two lines says no more than the plain report
        return want.count("\n") > 2 and got.count("\n") > 2

    def output_difference(self, example, got, optionflags):
        """The 'Expected:/Got:' (or diff) text describing a mismatch."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r"(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, flags=optionflags):
            return self._diff_text(want, got, optionflags)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        if want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        if got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        return "Expected nothing\nGot nothing\n"

    def _diff_text(self, want, got, optionflags):
        try:
            import difflib
        except ImportError:
            raise NotImplementedError("doctest REPORT_*DIFF reports are not supported by pycell "
                                      "(no difflib)") from None
        old = want.splitlines(keepends=True)
        new = got.splitlines(keepends=True)
        if REPORT_UDIFF & optionflags:
            rows = list(difflib.unified_diff(old, new, n=2))[2:]
            kind = "unified diff with -expected +actual"
        elif REPORT_CDIFF & optionflags:
            rows = list(difflib.context_diff(old, new, n=2))[2:]
            kind = "context diff with expected followed by actual"
        else:
            differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
            rows = list(differ.compare(old, new))
            kind = "ndiff with -expected +actual"
        body = "".join(row.rstrip() + "\n" for row in rows)
        return "Differences (%s):\n" % kind + _indent(body)


# -- running tests --------------------------------------------------------------

_EXAMPLE_FILE = re.compile(r"<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$")


class DocTestRunner:
    """Runs DocTests, reporting each failure and keeping per-test counts."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = OutputChecker() if checker is None else checker
        self._verbose = ("-v" in sys.argv) if verbose is None else verbose
        self.original_optionflags = self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # reporting hooks (subclasses override them)

    def report_start(self, out, test, example):
        """Announce an example in verbose mode."""
        if not self._verbose:
            return
        text = "Trying:\n" + _indent(example.source)
        if example.want:
            text += "Expecting:\n" + _indent(example.want)
        else:
            text += "Expecting nothing\n"
        out(text)

    def report_success(self, out, test, example, got):
        """Note a passing example in verbose mode."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Report an example whose output did not match."""
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Report an example that raised when no exception was expected."""
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            if None not in (test.lineno, example.lineno):
                where = test.lineno + example.lineno + 1
            else:
                where = "?"
            place = 'File "%s", line %s, in %s' % (test.filename, where, test.name)
        else:
            place = "Line %s, in %s" % (example.lineno + 1, test.name)
        return "\n".join([self.DIVIDER, place, "Failed example:", _indent(example.source)])

    # running

    def _check_one(self, example, got, error):
        """'ok', 'fail' or 'boom' for an example's output and exception."""
        flags = self.optionflags
        agree = self._checker.check_output
        if error is None:
            return "ok" if agree(example.want, got, flags) else "fail"
        expected = example.exc_msg
        if expected is None:
            return "boom"
        last = traceback.format_exception_only(error[0], error[1])[-1]
        if agree(example.exc_msg, last, flags):
            return "ok"
        if flags & IGNORE_EXCEPTION_DETAIL:
            if agree(_strip_exception_details(example.exc_msg),
                     _strip_exception_details(last), flags):
                return "ok"
        return "fail"

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        for number, example in enumerate(test.examples):
            quiet = bool(base_flags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = base_flags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if SKIP & self.optionflags:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = "<doctest %s[%d]>" % (test.name, number)
            error = None
            try:
                code = compile(example.source, filename, "single", compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                error = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if error is not None and not quiet:
                got += _exception_traceback(error)
            verdict = self._check_one(example, got, error)
            if verdict == "ok":
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif verdict == "fail":
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, error)
            if failures and FAIL_FAST & self.optionflags:
                break
        self.optionflags = base_flags
        self._tally(test, failures, tries)
        return TestResults(failed=failures, attempted=tries)

    def _tally(self, test, failures, tries):
        old_f, old_t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_f + failures, old_t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test with stdout captured; report through out
        (default: the real stdout's write). Returns TestResults."""
        import linecache
        self.test = test
        if compileflags is None:
            compileflags = _future_flags(test.globs)
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        original_getlines = linecache.getlines

        def example_lines(filename, module_globals=None):
            # tracebacks show the example's own source for '<doctest name[n]>'
            hit = _EXAMPLE_FILE.match(filename)
            if hit and hit.group("name") == test.name:
                example = test.examples[int(hit.group("examplenum"))]
                return example.source.splitlines(True)
            return original_getlines(filename, module_globals)

        saved_hook = getattr(sys, "displayhook", None)
        sys.stdout, linecache.getlines = self._fakeout, example_lines
        if hasattr(sys, "__displayhook__"):
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = original_getlines
            if saved_hook is not None:
                sys.displayhook = saved_hook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print a summary of all tests run so far; return TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_tries = total_failures = 0
        for name, (fails, tries) in self._name2ft.items():
            total_tries += tries
            total_failures += fails
            if tries == 0:
                empty.append(name)
            elif fails == 0:
                clean.append((name, tries))
            else:
                broken.append((name, (fails, tries)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if clean:
                print(len(clean), "items passed all tests:")
                for name, tries in sorted(clean):
                    print(" %3d tests in %s" % (tries, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (fails, tries) in sorted(broken):
                print(" %3d of %3d in %s" % (fails, tries, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Add the per-test counts of another runner to this one's."""
        for name, (fails, tries) in other._name2ft.items():
            old_f, old_t = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_f + fails, old_t + tries)
        self.failures += other.failures
        self.tries += other.tries


class DocTestFailure(Exception):
    """Raised by DebugRunner for an example whose output did not match."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner for an example that raised unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first problem instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        outcome = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# -- the simple entry points ---------------------------------------------------

master = None


def _merge_into_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _totals(runner):
    return TestResults(failed=runner.failures, attempted=runner.tries)


def _make_runner(raise_on_error, verbose, optionflags):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default: __main__)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not isinstance(m, type(sys)):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    collector = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(raise_on_error, verbose, optionflags)
    for dt in collector.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(dt)
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return _totals(runner)


def _read_text(path, encoding):
    try:
        import _pycell_fs
    except ImportError:
        with open(path, encoding=encoding) as handle:
            return handle.read()
    raw = _pycell_fs.read(path)
    text = raw.decode(encoding)
    # universal newlines, as open() in text mode would give
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_package(package, module_relative):
    if module_relative or not package:
        return
    raise ValueError("Package may only be specified for module-relative paths.")


def _module_relative_path(module, test_path):
    if not isinstance(module, type(sys)):
        raise TypeError("Expected a module: %r" % module)
    if test_path.startswith("/"):
        raise ValueError("Module-relative files may not have absolute paths")
    relative = os.path.join(*test_path.split("/"))
    if hasattr(module, "__file__"):
        base = os.path.dirname(module.__file__)
    elif module.__name__ == "__main__":
        script = sys.argv[0] if sys.argv and sys.argv[0] else ""
        base = os.path.dirname(script) or os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(base, relative)


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        anchor = _module_for(package, 3)
        filename = _module_relative_path(anchor, filename)
    return _read_text(filename, encoding), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    _check_package(package, module_relative)
    text, filename = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    if name is None:
        name = os.path.split(filename)[1]
    namespace = {} if globs is None else globs.copy()
    if extraglobs:
        namespace.update(extraglobs)
    namespace.setdefault("__name__", "__main__")
    runner = _make_runner(raise_on_error, verbose, optionflags)
    runner.run(parser.get_doctest(text, namespace, name, filename, 0))
    if report:
        runner.summarize()
    _merge_into_master(runner)
    return _totals(runner)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in f's own docstring (no recursion), in globs."""
    only_own = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for dt in only_own.find(f, name, globs=globs):
        runner.run(dt, compileflags)


# -- unittest integration ------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none; return the
    previous value."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


import unittest


class DocTestCase(unittest.TestCase):
    """A unittest test case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test, self._dt_optionflags, self._dt_checker = test, optionflags, checker
        self._dt_setUp, self._dt_tearDown = setUp, tearDown
        # the namespace every run starts from
        self._dt_globs = {} if test is None else dict(test.globs)

    def setUp(self):
        hook = self._dt_setUp
        if hook is not None:
            hook(self._dt_test)

    def tearDown(self):
        hook = self._dt_tearDown
        if hook is not None:
            hook(self._dt_test)
        # each run starts from the namespace the test was created with
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._dt_globs)

    def _flags(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        return flags

    def runTest(self):
        test = self._dt_test
        report = StringIO()
        runner = DocTestRunner(optionflags=self._flags(), checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        saved = sys.stdout
        try:
            failed, _ = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = "unknown line number" if test.lineno is None else "%s" % test.lineno
        short = test.name.rsplit(".", 1)[-1]
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, where, short, err)

    def debug(self):
        """Run the test with a DebugRunner: the first problem raises."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, None, None, False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        head, _, last = self._dt_test.name.rpartition(".")
        return "%s (%s)" % (last, head)

    __str__ = __repr__

    def shortDescription(self):
        return "Doctest: %s" % (self._dt_test.name,)


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings were stripped (-OO)."""

    def __init__(self, module):
        self.module = module
        super().__init__(None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    def __str__(self):
        return self.shortDescription()


class _DocTestSuite(unittest.TestSuite):
    # keep the cases after they ran (the default drops them to free memory)
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring (with examples) of module."""
    module = _module_for(module)
    finder = DocTestFinder() if test_finder is None else test_finder
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    for dt in tests:
        if not dt.examples:
            continue
        if not dt.filename:
            path = module.__file__
            dt.filename = path[:-1] if path.endswith(".pyc") else path
        suite.addTest(DocTestCase(dt, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a text file."""

    def id(self):
        return "_".join(self._dt_test.name.split("."))

    def __repr__(self):
        return str(self._dt_test.filename)

    __str__ = __repr__

    def format_failure(self, err):
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            self._dt_test.name, self._dt_test.filename, err)


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    """A DocFileCase for one text file."""
    namespace = {} if globs is None else globs.copy()
    _check_package(package, module_relative)
    text, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    namespace.setdefault("__file__", path)
    dt = parser.get_doctest(text, namespace, os.path.split(path)[1], path, 0)
    return DocFileCase(dt, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of DocFileCases, one per path."""
    suite = _DocTestSuite()
    if kw.get("module_relative", True):
        kw["package"] = _module_for(kw.get("package"))
    for one in paths:
        suite.addTest(DocFileTest(one, **kw))
    return suite


# -- turning examples into scripts ------------------------------------------------

def script_from_examples(s):
    """A Python script of the examples in s: prose and expected output become
    comments."""
    rows = []
    parser = DocTestParser()
    for part in parser.parse(s):
        if not isinstance(part, Example):
            rows.extend(_as_comment(line) for line in part.split("\n")[:-1])
            continue
        rows.append(part.source[:-1])
        if part.want:
            rows.append("# Expected:")
            rows.extend("## " + line for line in part.want.split("\n")[:-1])
    while rows and rows[-1] == "#":
        rows.pop()
    while rows and rows[0] == "#":
        rows.pop(0)
    return "\n".join(rows) + "\n"


def _as_comment(line):
    line = line.rstrip()
    return "# " + line if line else "#"


def testsource(module, name):
    """The script form of the examples of the object called name in module."""
    module = _module_for(module)
    matches = [t for t in DocTestFinder().find(module) if t.name == name]
    if not matches:
        raise ValueError(name, "not found in tests")
    return script_from_examples(matches[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src is not supported by pycell (no pdb)")


def debug_script(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_script is not supported by pycell (no pdb)")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug is not supported by pycell (no pdb)")
