"""TestSuite: a list of tests (cases or suites), run in order, with the
class and module fixtures (setUpClass, setUpModule and their tearDowns)
run around each group of consecutive tests of one class or module.

Which class/module ran last is remembered on the result object
(_previousTestClass), so nested suites share it; the outermost suite's run
closes the last class and module.
"""
import sys

from . import case
from ._strings import class_path

__unittest = True


class BaseTestSuite:
    """A suite without class and module fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (class_path(self.__class__), list(self))

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return [*self] == [*other]
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = self._removed_tests
        for test in self:
            if test:
                total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if type(tests) is str or isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def _forget(self, index):
        """Release a test once run (its count is kept for countTestCases)."""
        try:
            test = self._tests[index]
        except TypeError:
            return
        count = getattr(test, 'countTestCases', None)
        if count is not None:
            self._removed_tests = self._removed_tests + count()
        self._tests[index] = None

    def _removeTestAtIndex(self, index):
        self._forget(index)

    def run(self, result):
        index = 0
        for test in self:
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget(index)
            index += 1
        return result

    def __call__(self, *args, **kwds):
        run = self.run
        return run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


def _is_single_test(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _FixtureError:
    """Stands in a result for a failed setUpClass/tearDownModule...: its str
    is e.g. "setUpClass (pkg.mod.Class)"."""

    failureException = None

    def __init__(self, description):
        self.description = str(description)

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _report_fixture_error(result, exc, where, exc_info=None):
    holder = _FixtureError(where)
    if isinstance(exc, case.SkipTest) and hasattr(result, 'addSkip'):
        result.addSkip(holder, str(exc))
    else:
        result.addError(holder, exc_info or sys.exc_info())


def _mark_class(cls, failed):
    try:
        cls._classSetupFailed = failed
    except TypeError:
        pass    # a class that refuses new attributes


def _call_optional(result, name):
    method = getattr(result, name, None)
    if method is not None:
        method()


class TestSuite(BaseTestSuite):
    """The usual suite: runs class and module fixtures around its tests."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_testRunEntered', False)
        if outermost:
            result._testRunEntered = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_single_test(test):
                self._close_previous_class(test, result)
                self._open_module(test, result)
                self._open_class(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget(position)
        if outermost:
            self._close_previous_class(None, result)
            self._close_module(result)
            result._testRunEntered = False   # the next run() is outermost again
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    # -- classes

    def _open_class(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if getattr(result, '_moduleSetUpFailed', False) or getattr(cls, '__unittest_skip__', False):
            return
        _mark_class(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        cleanups = getattr(cls, 'doClassCleanups', None)
        _call_optional(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as exc:
                if type(result) is _DebugResult:
                    raise
                _mark_class(cls, True)
                where = 'setUpClass (%s)' % class_path(cls)
                _report_fixture_error(result, exc, where)
                if cleanups is not None:
                    cleanups()
                    for info in cls.tearDown_exceptions:
                        _report_fixture_error(result, info[1], where, info)
        finally:
            _call_optional(result, '_restoreStdout')

    def _close_previous_class(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or previous == test.__class__:
            return
        for flagged, flag in ((previous, '_classSetupFailed'), (result, '_moduleSetUpFailed'),
                              (previous, '__unittest_skip__')):
            if getattr(flagged, flag, False):
                return
        tear_down = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and cleanups is None:
            return
        where = 'tearDownClass (%s)' % class_path(previous)
        _call_optional(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if type(result) is _DebugResult:
                        raise
                    _report_fixture_error(result, exc, where)
            if cleanups is not None:
                cleanups()
                for info in previous.tearDown_exceptions:
                    if type(result) is _DebugResult:
                        raise info[1]
                    _report_fixture_error(result, info[1], where, info)
        finally:
            _call_optional(result, '_restoreStdout')

    # -- modules

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _open_module(self, test, result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._close_module(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        where = 'setUpModule (%s)' % name
        _call_optional(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as exc:
                if type(result) is _DebugResult:
                    raise
                result._moduleSetUpFailed = True
                _report_fixture_error(result, exc, where)
            if result._moduleSetUpFailed:
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    _report_fixture_error(result, exc, where)
        finally:
            _call_optional(result, '_restoreStdout')

    def _close_module(self, result):
        name = self._previous_module(result)
        if name is None or getattr(result, '_moduleSetUpFailed', False):
            return
        module = sys.modules.get(name)
        if module is None:
            return
        where = 'tearDownModule (%s)' % name
        _call_optional(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if type(result) is _DebugResult:
                        raise
                    _report_fixture_error(result, exc, where)
            try:
                case.doModuleCleanups()
            except Exception as exc:
                if type(result) is _DebugResult:
                    raise
                _report_fixture_error(result, exc, where)
        finally:
            _call_optional(result, '_restoreStdout')


class _DebugResult:
    """The result TestSuite.debug() runs with: fixture errors propagate."""
    _previousTestClass = None
    shouldStop = _moduleSetUpFailed = False
