"""Run the interactive examples found in docstrings and check their output.

pycell's own doctest, written from the documentation of Python 3.11's doctest
module (docs.python.org/3.11/library/doctest.html) and checked against CPython as
a black box. The pieces are the documented ones:

  DocTestParser   text -> Example objects (source, expected output, options)
  DocTestFinder   module/class/function -> DocTest objects (one per docstring)
  DocTestRunner   runs a DocTest's examples, compares with an OutputChecker,
                  reports failures and keeps the per-test counts (summarize)
  testmod/testfile/run_docstring_examples, DocTestSuite/DocFileSuite (unittest)
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples',
    'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

import __future__
import re
import sys
import traceback
from collections import namedtuple
from io import StringIO

TestResults = namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------
# Option flags: each a bit, in registration order.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Create a new option flag (the next free bit), or return an existing one."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

# ---------------------------------------------------------------------------
# Small text helpers


def _indent(s, indent=4):
    """Indent every non-empty line of s."""
    pad = ' ' * indent
    return ''.join(pad + line if line.strip('\n') else line for line in s.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback text of an exc_info triple."""
    out = StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into globs."""
    flags = 0
    for fname in __future__.all_feature_names:
        feature = globs.get(fname, None)
        if feature is getattr(__future__, fname):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a dotted name, or None (the caller's module)."""
    if module is None or module is False:
        try:
            return sys.modules[sys._getframe(depth).f_globals['__name__']]
        except (AttributeError, ValueError, KeyError):
            return sys.modules.get('__main__')
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if hasattr(module, '__dict__') and type(module).__name__ == 'module':
        return module
    raise TypeError("Expected a module, string, or None")


def _is_module(obj):
    return type(obj) is type(sys)


def _is_routine(obj):
    return callable(obj) and not isinstance(obj, type) and (
        hasattr(obj, '__code__') or type(obj).__name__ in (
            'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor',
            'method-wrapper', 'method', 'classmethod_descriptor'))


def _unwrap(func):
    seen = set()
    while hasattr(func, '__wrapped__') and id(func) not in seen:
        seen.add(id(func))
        func = func.__wrapped__
    return func


def _ellipsis_match(want, got):
    """True when got matches want, where '...' in want matches any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start = len(first)
    end = len(got)
    if not got.endswith(last):
        return False
    end -= len(last)
    if end < start:
        return False            # first and last overlap in got
    for piece in pieces[1:-1]:
        if not piece:
            continue
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _comment_line(line):
    """A comment line of a script: '# ' + line, or '#' for an empty line."""
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The exception's type name without its module, and no detail after the colon
    (for IGNORE_EXCEPTION_DETAIL)."""
    first_line = msg.split('\n', 1)[0]
    name = first_line.split(':', 1)[0] if ':' in first_line else first_line
    return name.rsplit('.', 1)[-1].strip()


class _SpoofOut(StringIO):
    """What examples print into; its value always ends with a newline."""

    def getvalue(self):
        result = StringIO.getvalue(self)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self.seek(size if size is not None else 0)
        StringIO.truncate(self)


# ---------------------------------------------------------------------------
# Example and DocTest


class Example:
    """One interactive example: its source, expected output, expected exception
    message, line number (0-based, in the docstring), indentation and options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

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
        n = len(self.examples)
        count = 'no examples' if n == 0 else ('1 example' if n == 1 else '%d examples' % n)
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name, self.filename,
                                            self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))
        theirs = (other.name, other.filename, -1 if other.lineno is None else other.lineno, id(other))
        return mine < theirs


# ---------------------------------------------------------------------------
# DocTestParser

_PROMPT_RE = re.compile(r'( *)>>>')
_HEADER_RE = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT_RE = re.compile(r'^[ ]*(#.*)?$')


class DocTestParser:
    """Splits a docstring into text and Example objects."""

    def parse(self, string, name='<string>'):
        """The text pieces and Examples of string, alternating, text first and last."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._margin(lines)
        if margin:
            lines = [line[margin:] for line in lines]
            string = '\n'.join(lines)
        # offsets[i]: where line i starts in string
        offsets = []
        pos = 0
        for line in lines:
            offsets.append(pos)
            pos += len(line) + 1
        output = []
        text_start = 0
        i = 0
        n = len(lines)
        while i < n:
            m = _PROMPT_RE.match(lines[i])
            if m is None:
                i += 1
                continue
            indent = len(m.group(1))
            first = i
            source_lines = [lines[i]]
            i += 1
            while i < n and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip() and not _PROMPT_RE.match(lines[i]):
                want_lines.append(lines[i])
                i += 1
            end = offsets[i] if i < n else len(string)
            output.append(string[text_start:offsets[first]])
            output.append(self._make_example(source_lines, want_lines, indent, first, name))
            text_start = end
        output.append(string[text_start:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples of string, without the text between them."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    @staticmethod
    def _margin(lines):
        widths = [len(line) - len(line.lstrip(' ')) for line in lines if line.strip(' ')]
        return min(widths) if widths else 0

    def _make_example(self, source_lines, want_lines, indent, lineno, name):
        self._check_prompts(source_lines, indent, lineno, name)
        self._check_margin(source_lines[1:], ' ' * indent + '.', name, lineno + 1)
        source = '\n'.join(line[indent + 4:] for line in source_lines)
        if want_lines and not want_lines[-1].strip(' '):
            del want_lines[-1]
        self._check_margin(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        exc_msg = self._exception_message(want)
        options = self._options(source, name, lineno)
        return Example(source, want, exc_msg, lineno=lineno, indent=indent, options=options)

    def _check_prompts(self, source_lines, indent, lineno, name):
        for k, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))

    def _check_margin(self, lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + k + 1, name, line))

    @staticmethod
    def _exception_message(want):
        lines = want.split('\n')
        if not lines or not _HEADER_RE.match(lines[0]):
            return None
        for k in range(1, len(lines)):
            line = lines[k]
            if line[:1].isalnum() or line[:1] == '_':
                return '\n'.join(lines[k:])
        return None

    def _options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[:1] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = (option[0] == '+')
        if options and _BLANK_OR_COMMENT_RE.match(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options


# ---------------------------------------------------------------------------
# DocTestFinder


class DocTestFinder:
    """Collects the DocTests of an object's docstring and of those of the objects
    it contains (module functions and classes, methods, __test__)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = self._module_of(obj)
        source_lines = None
        if module is not None:
            filename = getattr(module, '__file__', None)
            if filename:
                try:
                    import linecache
                    source_lines = linecache.getlines(filename, module.__dict__) or None
                except Exception:
                    source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, set())
        tests.sort()
        return tests

    @staticmethod
    def _module_of(obj):
        if _is_module(obj):
            return obj
        modname = getattr(obj, '__module__', None)
        return sys.modules.get(modname) if isinstance(modname, str) else None

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_module(obj):
            return obj is module
        if hasattr(obj, '__globals__'):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, property):
            return True
        modname = getattr(obj, '__module__', None)
        if modname is not None:
            return module.__name__ == modname
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for valname, val in list(obj.__dict__.items()):
                if (_is_routine(_unwrap(val)) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(valname),))
                if not (_is_routine(val) or isinstance(val, type) or _is_module(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, "
                                     "methods, classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, source_lines, globs, seen)
        elif isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or isinstance(val, type) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of obj's docstring in its file, or None."""
        lineno = None
        if _is_module(obj):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if hasattr(obj, '__func__'):
            obj = obj.__func__
        if hasattr(obj, '__code__') and not isinstance(obj, type):
            obj = obj.__code__
        if hasattr(obj, 'co_firstlineno'):
            lineno = obj.co_firstlineno - 1
            if source_lines is None:
                return lineno + 1
            docstart = re.compile(r'(^|.*:)\s*\w*("|\')')
            for i in range(lineno, len(source_lines)):
                if docstart.match(source_lines[i]):
                    return i
            return None
        return lineno


# ---------------------------------------------------------------------------
# OutputChecker


class OutputChecker:
    """Compares an example's expected output with what it printed."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = '\n'.join('' if line.rstrip() == BLANKLINE_MARKER else line for line in want.split('\n'))
            got = '\n'.join('' if not line.strip(' \t\r\f\v') else line for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report of how got differs from example.want."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = '\n'.join(BLANKLINE_MARKER if (k < got.count('\n') and not line.strip(' ')) else line
                            for k, line in enumerate(got.split('\n')))
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------------------
# DocTestRunner


class DocTestRunner:
    """Runs DocTests, reports what failed and keeps counts per test name."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # -- reporting (overridable)

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, where, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # -- running

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, on in example.options.items():
                flags = (flags | flag) if on else (flags & ~flag)
            self.optionflags = flags
            if flags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            exc_info = None
            try:
                code = compile(example.source, filename, "single", compileflags, True)
                exec(code, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exc_info is None:
                verdict = 'ok' if check(example.want, got, flags) else 'fail'
            else:
                exc_msg = self._exception_only(exc_info)
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is None:
                    verdict = 'boom'
                elif check(example.exc_msg, exc_msg, flags):
                    verdict = 'ok'
                elif (flags & IGNORE_EXCEPTION_DETAIL and
                      check(_strip_exception_details(example.exc_msg),
                            _strip_exception_details(exc_msg), flags)):
                    verdict = 'ok'
                else:
                    verdict = 'fail'
            if verdict == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif verdict == 'fail':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exc_info)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    @staticmethod
    def _exception_only(exc_info):
        """The exception's last line(s), as the example's expected message gives them:
        for a SyntaxError only from the 'SyntaxError: ...' line on."""
        lines = traceback.format_exception_only(exc_info[0], exc_info[1])
        if issubclass(exc_info[0], SyntaxError):
            qual = exc_info[0].__qualname__
            prefixes = ('%s:' % qual, '%s.%s:' % (exc_info[0].__module__, qual))
            for k, line in enumerate(lines):
                if line.startswith(prefixes):
                    lines = lines[k:]
                    break
        return ''.join(lines)

    def _record(self, test, failures, tries):
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test, writing reports with out (sys.stdout.write by
        default); returns TestResults(failed, attempted)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        saved_stdout = sys.stdout
        if out is None:
            out = saved_stdout.write
        saved_displayhook = getattr(sys, 'displayhook', None)
        sys.stdout = self._fakeout
        if hasattr(sys, '__displayhook__'):
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = saved_stdout
            if saved_displayhook is not None:
                sys.displayhook = saved_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the counts of all the tests run so far; return TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f0, t0 = self._name2ft[name]
                f, t = f + f0, t + t0
            self._name2ft[name] = (f, t)


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# The convenience entry points

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not _is_module(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _read_text(path, encoding):
    try:
        import _pycell_fs
        data = _pycell_fs.read(path)
    except OSError:
        raise
    except Exception:
        raise OSError("cannot read %r" % (path,))
    return data.decode(encoding or 'utf-8')


def _module_relative_path(module, test_path):
    if test_path.startswith('/'):
        raise ValueError("Module-relative files may not have absolute paths")
    base = getattr(module, '__file__', None)
    if base:
        folder = base.rsplit('/', 1)[0] if '/' in base else '.'
    else:
        folder = '.'
    return folder + '/' + test_path


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 4)
        filename = _module_relative_path(package, filename)
    return _read_text(filename, encoding), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Test the examples in a text file."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    if name is None:
        name = filename.rsplit('/', 1)[-1]
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None, optionflags=0):
    """Test the examples in f's docstring (only; not its members')."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest support

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses when its own flags have none;
    returns the previous ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


import unittest


class DocTestCase(unittest.TestCase):
    """A unittest test case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        test = self._dt_test
        self._dt_globs = test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        saved = sys.stdout
        report = StringIO()
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of the doctests of a module (a module object or its name;
    by default the calling module)."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = path.rsplit('/', 1)[-1]
    test = parser.get_doctest(text, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of the doctests in text files."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---------------------------------------------------------------------------
# Scripts from examples


def script_from_examples(s):
    """The examples of s as a script: their source as code, the rest as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + line for line in want.split('\n')[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script of the examples of the docstring of module's object `name`."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_src: pycell has no pdb")


def debug_script(src, pm=False, globs=None):
    raise NotImplementedError("doctest.debug_script: pycell has no pdb")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest.debug: pycell has no pdb")


def _test():
    import argparse  # noqa: F401 (the command line needs argparse)
    raise NotImplementedError("python -m doctest")


if __name__ == "__main__":
    sys.exit(_test())
