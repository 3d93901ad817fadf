"""TextTestRunner and TextTestResult: run a suite and print the report in
CPython 3.11's layout (progress characters or "... ok" lines, then the
failure blocks, the "Ran N tests" line and the verdict)."""
import sys

from . import result as _result
from . import case as _case, signals as _signals

__unittest = True


class _LineStream:
    """A stream with writeln(); everything else goes to the stream."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr == 'stream' or attr == '__getstate__':
            raise AttributeError(attr)   # avoid recursion while unpickling
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(_result.TestResult):
    """A result that reports progress on a stream as tests finish."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.descriptions = descriptions
        self.dots, self.showAll = verbosity == 1, verbosity >= 2
        # False while a "name ... " line waits for its verdict
        self._newline = True

    def getDescription(self, test):
        doc_line = test.shortDescription()
        if self.descriptions and doc_line:
            return '%s\n%s' % (test, doc_line)
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write('%s ... ' % (self.getDescription(test),))
            self.stream.flush()
            self._newline = False

    def _verdict(self, test, long_text, char):
        if self.showAll:
            # a second verdict for the same test, or a subtest's, starts
            # a line of its own naming it again
            subtest = isinstance(test, _case._SubTest)
            if subtest or self._newline:
                if not self._newline:
                    self.stream.writeln()
                self.stream.write('%s%s ... ' % ('  ' if subtest else '', self.getDescription(test)))
            self.stream.writeln(long_text)
            self.stream.flush()
            self._newline = True
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._verdict(subtest, *(('FAIL', 'F') if failed else ('ERROR', 'E')))
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._verdict(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._verdict(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._verdict(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._verdict(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._verdict(test, 'expected failure', 'x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._verdict(test, 'unexpected success', 'u')

    def printErrors(self):
        out = self.stream
        if self.showAll or self.dots:
            out.writeln()   # ends the line of dots or of verdicts
            out.flush()
        for flavour, entries in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, entries)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            # listed without a traceback, after a single separator
            out.writeln('=' * 70)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour, errors):
        out = self.stream
        for test, text in errors:
            out.write('%s\n%s: %s\n%s\n' % (self.separator1, flavour,
                                             self.getDescription(test), self.separator2))
            out.writeln(str(text))
            out.flush()


def _clock():
    try:
        import time
        return time.perf_counter()
    except (ImportError, AttributeError):
        return 0.0


class TextTestRunner:
    """Runs a test with a TextTestResult and prints the summary."""

    resultclass = TextTestResult   # the default; an argument overrides it

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _LineStream(stream)
        self.__dict__.update(descriptions=descriptions, verbosity=verbosity,
                             failfast=failfast, buffer=buffer, tb_locals=tb_locals,
                             warnings=warnings)
        if resultclass:
            self.resultclass = resultclass

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        _signals.registerResult(result)
        for option in ('failfast', 'buffer', 'tb_locals'):
            setattr(result, option, getattr(self, option))
        filters = _WarningFilters(self.warnings)
        filters.__enter__()
        try:
            started = _clock()
            start_hook = getattr(result, 'startTestRun', None)
            if start_hook is not None:
                start_hook()
            try:
                test(result)
            finally:
                stop_hook = getattr(result, 'stopTestRun', None)
                if stop_hook is not None:
                    stop_hook()
            elapsed = _clock() - started
        finally:
            filters.__exit__(None, None, None)
        result.printErrors()
        line = getattr(result, 'separator2', None)
        if line is not None:
            self.stream.writeln(line)
        count = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', elapsed))
        self.stream.writeln()
        self._write_verdict(result)
        self.stream.flush()
        return result

    def _write_verdict(self, result):
        try:
            xfails = len(result.expectedFailures)
            surprises = len(result.unexpectedSuccesses)
            skips = len(result.skipped)
        except AttributeError:
            xfails = surprises = skips = 0
        notes = []
        if result.wasSuccessful():
            self.stream.write('OK')
        else:
            self.stream.write('FAILED')
            if result.failures:
                notes.append('failures=%d' % len(result.failures))
            if result.errors:
                notes.append('errors=%d' % len(result.errors))
        for label, n in (('skipped', skips), ('expected failures', xfails),
                         ('unexpected successes', surprises)):
            if n:
                notes.append('%s=%d' % (label, n))
        if notes:
            self.stream.writeln(' (%s)' % ', '.join(notes))
        else:
            self.stream.write('\n')


class _WarningFilters:
    """warnings.catch_warnings() plus the runner's `warnings` setting;
    does nothing when this interpreter has no warnings module."""

    def __init__(self, action):
        self.action = action
        self.inner = None

    def __enter__(self):
        try:
            import warnings
        except ImportError:
            return self
        self.inner = warnings.catch_warnings()
        self.inner.__enter__()
        if self.action:
            warnings.simplefilter(self.action)
            if self.action in ('default', 'always'):
                # the deprecated assert aliases warn once per module only
                warnings.filterwarnings('module', r'Please use assert\w+ instead.',
                                        DeprecationWarning)
        return self

    def __exit__(self, *exc):
        if self.inner is not None:
            self.inner.__exit__(*exc)
        return False
