"""TestResult: collects what happened to each test, and turns exceptions
into the traceback text shown in reports."""
import sys

from ._strings import class_path

__unittest = True


def _is_unittest_frame(tb):
    # Modules of this package (and any helper module that wants its frames
    # hidden the same way) set a global named "__unittest".
    return tb.tb_frame.f_globals.get('__unittest', False) is not False


def _cut_tb_chain(tb, is_failure):
    """Drop the leading frames of unittest's own machinery; for an assertion
    failure also drop everything from the first assert* frame on."""
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
    if is_failure and tb is not None:
        last_kept = None
        node = tb
        while node is not None and not _is_unittest_frame(node):
            last_kept = node
            node = node.tb_next
        if node is not None and last_kept is not None:
            try:
                last_kept.tb_next = None
            except (AttributeError, TypeError, ValueError):
                pass
    return tb


def _trimmed_traceback(exc_type, exc_value, tb, test):
    """The traceback to show for the top exception; chained exceptions are
    trimmed in place (their __traceback__ replaced)."""
    failure_type = getattr(test, 'failureException', None)
    top = _cut_tb_chain(tb, exc_type is failure_type)
    seen = {id(exc_value)}
    pending = [exc_value]
    while pending:
        value = pending.pop()
        if value is None:
            continue
        for linked in (value.__cause__, value.__context__):
            if linked is None or id(linked) in seen:
                continue
            seen.add(id(linked))
            try:
                linked.__traceback__ = _cut_tb_chain(
                    linked.__traceback__, type(linked) is failure_type)
            except (AttributeError, TypeError):
                pass
            pending.append(linked)
    return top


def format_exception_text(exc_type, exc_value, tb, capture_locals=False):
    try:
        import traceback
        te = traceback.TracebackException(exc_type, exc_value, tb,
                                          capture_locals=capture_locals, compact=True)
        return ''.join(te.format())
    except ImportError:
        from ._tbtext import format_exception
        return format_exception(exc_type, exc_value, tb)


def _with_final_newline(text):
    return text if text.endswith('\n') else text + '\n'


def _stopping_on_failfast(method):
    def wrapper(self, *args, **kwargs):
        if getattr(self, 'failfast', None):
            self.stop()
        return method(self, *args, **kwargs)
    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper


class TestResult:
    """Holds the outcome of each test; the runner reads it at the end."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False   # (set by TestSuite)

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # the public record, read by runners and by tests of tests
        self.testsRun = 0
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.shouldStop = self.failfast = False
        self.buffer = self.tb_locals = False
        # -b: output captured while a test runs, and the real streams
        self._captured = None
        self._real_streams = (sys.stdout, sys.stderr)
        self._show_captured = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun = self.testsRun + 1
        self._show_captured = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._captured is None:
                import io
                self._captured = (io.StringIO(), io.StringIO())
            sys.stdout, sys.stderr = self._captured

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._restoreStdout()
        self._show_captured = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._show_captured:
            # a failed test shows what it printed, on the real streams too
            for label, captured, real in zip(('Stdout', 'Stderr'), (sys.stdout, sys.stderr),
                                             self._real_streams):
                text = captured.getvalue()
                if text:
                    real.write('\n%s:\n%s' % (label, _with_final_newline(text)))
        sys.stdout, sys.stderr = self._real_streams
        for buf in self._captured:
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        pass

    def _note(self, where, shown, test, err):
        where.append((shown, self._exc_info_to_string(err, test)))
        self._show_captured = True

    @_stopping_on_failfast
    def addError(self, test, err):
        self._note(self.errors, test, test, err)

    @_stopping_on_failfast
    def addFailure(self, test, err):
        self._note(self.failures, test, test, err)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if getattr(self, 'failfast', None):
                self.stop()
            failed = issubclass(err[0], test.failureException)
            self._note(self.failures if failed else self.errors, subtest, test, err)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped += [(test, reason)]

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stopping_on_failfast
    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses += [test]

    def wasSuccessful(self):
        return (not self.failures and not self.errors
                and not getattr(self, 'unexpectedSuccesses', ()))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exc_type, exc_value, tb = err
        tb = _trimmed_traceback(exc_type, exc_value, tb, test)
        text = format_exception_text(exc_type, exc_value, tb, self.tb_locals)
        if self.buffer:
            for label, stream in (('Stdout', sys.stdout), ('Stderr', sys.stderr)):
                captured = stream.getvalue()
                if captured:
                    text += '\n%s:\n%s' % (label, _with_final_newline(captured))
        return text

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            class_path(self.__class__), self.testsRun, len(self.errors), len(self.failures))
