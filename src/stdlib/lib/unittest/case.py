"""TestCase: one test method run between its fixtures, plus skips,
expected failures and subtests.

How a run goes (TestCase.run): result.startTest; then setUp, the test
method and tearDown, each as a separate "part" (_RunState.part): an
exception in a part is reported at once (SkipTest as a skip, the
failureException as a failure, anything else as an error) and ends that
part only. The test method runs only if setUp succeeded; cleanups always
run. Finally exactly one closing verdict is reported when nothing went
wrong so far: success, or for an @expectedFailure test, an expected failure
(if it failed) or an unexpected success.
"""
import sys

from ._asserts import AssertionMethods
from ._strings import class_path

__unittest = True


class SkipTest(Exception):
    """Raise to skip the current test (or class, or module, from its setUp)."""


class _StopTest(Exception):
    """Ends a test early from inside a subTest (failfast, expected failure)."""


# -- decorators ---------------------------------------------------------

def _copy_function_identity(wrapper, wrapped):
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    except (AttributeError, TypeError):
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def skip(reason):
    """Skip the decorated test or TestCase class unconditionally."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            item = _copy_function_identity(skipped, original)
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str) and not isinstance(reason, type):
        # used bare, as @skip
        target, reason = reason, ''
        return mark(target)
    return mark


def _unchanged(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


# -- module-level cleanups ----------------------------------------------

class _Cleanup:
    """A function to call later, with its arguments."""
    __slots__ = ('function', 'args', 'kwargs')

    def __init__(self, function, args, kwargs):
        self.function, self.args, self.kwargs = function, args, kwargs

    def __call__(self):
        return self.function(*self.args, **self.kwargs)


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append(_Cleanup(function, args, kwargs))


def enterModuleContext(cm):
    return _enter_and_register(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; re-raise the first error."""
    first_error = None
    while _module_cleanups:
        try:
            _module_cleanups.pop()()
        except Exception as exc:
            if first_error is None:
                first_error = exc
    if first_error is not None:
        raise first_error


def _enter_and_register(cm, register):
    kind = type(cm)
    try:
        enter = kind.__enter__
        exit_ = kind.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (kind.__module__, kind.__qualname__)) from None
    value = enter(cm)
    register(exit_, cm, None, None, None)
    return value


# -- one run ---------------------------------------------------------------

def _report_skip(result, test, reason):
    add = getattr(result, 'addSkip', None)
    if add is not None:
        add(test, reason)
    else:
        import warnings
        warnings.warn('TestResult has no addSkip method, skips not reported',
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _report_problem(result, test, exc_info):
    kind = exc_info[0]
    failed = kind is not None and issubclass(kind, test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


class _RunState:
    """What the current run of one test has seen so far."""

    def __init__(self, result):
        self.result = result
        self.ok, self.expecting_failure, self.expected_failure = True, False, None
        self.subtests = result is not None and hasattr(result, 'addSubTest')

    def _caught(self, test, exc_info, subtest):
        """Report an exception ended a part of `test`; True if swallowed."""
        kind = exc_info[0]
        if issubclass(kind, KeyboardInterrupt):
            return False
        if issubclass(kind, SkipTest):
            self.ok = False
            _report_skip(self.result, test, str(exc_info[1]))
        elif issubclass(kind, _StopTest):
            pass
        elif self.expecting_failure:
            self.expected_failure = exc_info
        else:
            self.ok = False
            if self.result is None:
                pass
            elif subtest:
                self.result.addSubTest(test.test_case, test, exc_info)
            else:
                _report_problem(self.result, test, exc_info)
        return True

    def part(self, test, function, *args, **kwargs):
        before = self.ok
        self.ok = True
        try:
            function(*args, **kwargs)
        except BaseException:
            if not self._caught(test, sys.exc_info(), False):
                raise
        self.ok = self.ok and before


class _SubTestScope:
    """The context manager TestCase.subTest returns."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        state = case._outcome
        if state is None or not state.subtests:
            self.state = None
            return None
        self.state = state
        self.parent = case._subtest
        if self.parent is None:
            chain = _ParamChain(self.params)
        else:
            chain = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, chain)
        self.saved_ok = state.ok
        state.ok = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        state = self.state
        if state is None:
            return False
        case = self.case
        sub = case._subtest
        try:
            swallowed = True
            if exc_type is not None:
                swallowed = state._caught(sub, (exc_type, exc_value, tb), True)
            elif state.ok:
                state.result.addSubTest(case, sub, None)
            state.ok = state.ok and self.saved_ok
            if not swallowed:
                return False
            if not state.ok:
                if getattr(state.result, 'failfast', False):
                    raise _StopTest
            elif state.expected_failure is not None:
                # an @expectedFailure test has failed: nothing more to learn
                raise _StopTest
            return True
        finally:
            case._subtest = self.parent


class _ParamChain:
    """subTest parameters: a subtest's own first, then its parents' (a key
    given again by an inner subtest hides the outer one)."""

    def __init__(self, *maps):
        self.maps = list(maps)

    def new_child(self, params):
        return _ParamChain(params, *self.maps)

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def keys(self):
        seen = {}
        for m in self.maps:
            for key in m:
                if key not in seen:
                    seen[key] = None
        return list(seen)

    __iter__ = lambda self: iter(self.keys())

    def __len__(self):
        return len(self.keys())

    def items(self):
        return [(k, self[k]) for k in self.keys()]

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '_ParamChain(%s)' % ', '.join(repr(m) for m in self.maps)


# -- TestCase ---------------------------------------------------------------

_EQUALITY_BY_TYPE = (
    (dict, 'assertDictEqual'),
    (list, 'assertListEqual'),
    (tuple, 'assertTupleEqual'),
    (set, 'assertSetEqual'),
    (frozenset, 'assertSetEqual'),
    (str, 'assertMultiLineEqual'),
)

_NO_MESSAGE = object()


class TestCase(AssertionMethods):
    """A single test: one method of a subclass, run by name."""

    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # each class keeps its own list and flag (not its base's)
        cls._class_cleanups, cls._classSetupFailed = [], False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = self._subtest = None
        self._cleanups = []
        self._type_equality_funcs = dict(_EQUALITY_BY_TYPE)
        method = getattr(self, methodName, _NO_MESSAGE)
        if method is not _NO_MESSAGE:
            self._testMethodDoc = method.__doc__
        elif methodName == 'runTest':
            # a case without runTest still serves for its assert methods
            self._testMethodDoc = 'No test'
        else:
            raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))

    # fixtures, overridable
    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    # cleanups
    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append(_Cleanup(function, args, kwargs))

    def enterContext(self, cm):
        return _enter_and_register(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append(_Cleanup(function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_and_register(cm, cls.addClassCleanup)

    def doCleanups(self):
        state = self._outcome or _RunState(None)
        while self._cleanups:
            last = self._cleanups.pop()
            state.part(self, self._callCleanup, last.function, *last.args, **last.kwargs)
        return state.ok

    @classmethod
    def doClassCleanups(cls):
        problems = cls.tearDown_exceptions = []
        pending = cls._class_cleanups
        while pending:
            try:
                pending.pop()()
            except Exception:
                problems.append(sys.exc_info())

    # identity
    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from . import result
        return result.TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return '%s.%s' % (class_path(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is type(other):
            return other._testMethodName == self._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((self._testMethodName, type(self)))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, class_path(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (class_path(self.__class__), self._testMethodName)

    # running
    def subTest(self, msg=_NO_MESSAGE, **params):
        return _SubTestScope(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            import warnings
            warnings.warn('It is deprecated to return a value that is not None from a '
                          'test case (%s)' % (method,), DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        run_hooks = result is None
        if run_hooks:
            result = self.defaultTestResult()   # and the run's start/stop hooks
            hook = getattr(result, 'startTestRun', None)
            if hook is not None:
                hook()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            cls = self.__class__
            if getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = (getattr(cls, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, '__unittest_expecting_failure__', False)
                         or getattr(method, '__unittest_expecting_failure__', False))
            state = _RunState(result)
            self._outcome = state
            try:
                state.part(self, self._callSetUp)
                if state.ok:
                    state.expecting_failure = expecting
                    state.part(self, self._callTestMethod, method)
                    state.expecting_failure = False
                    state.part(self, self._callTearDown)
                self.doCleanups()
                if state.ok:
                    if not expecting:
                        result.addSuccess(self)
                    elif state.expected_failure is not None:
                        _report_expected_failure(result, self, state.expected_failure)
                    else:
                        _report_unexpected_success(result, self)
                return result
            finally:
                # drop the frames an exc_info would keep alive
                state.expected_failure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if run_hooks:
                hook = getattr(result, 'stopTestRun', None)
                if hook is not None:
                    hook()

    def __call__(self, *args, **kwds):
        run = self.run
        return run(*args, **kwds)

    def debug(self):
        """Run the test without a result: exceptions propagate."""
        method = getattr(self, self._testMethodName)
        cls = self.__class__
        if getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
            raise SkipTest(getattr(cls, '__unittest_skip_why__', '')
                           or getattr(method, '__unittest_skip_why__', ''))
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            last = self._cleanups.pop()
            self._callCleanup(last.function, *last.args, **last.kwargs)


def _report_expected_failure(result, test, exc_info):
    add = getattr(result, 'addExpectedFailure', None)
    if add is not None:
        add(test, exc_info)
    else:
        import warnings
        warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                      RuntimeWarning)
        result.addSuccess(test)


def _report_unexpected_success(result, test):
    add = getattr(result, 'addUnexpectedSuccess', None)
    if add is not None:
        add(test)
    else:
        import warnings
        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccessError
        except _UnexpectedSuccessError:
            result.addFailure(test, sys.exc_info())


class _UnexpectedSuccessError(Exception):
    pass


def _deprecated_alias(name, target):
    def alias(self, *args, **kwargs):
        import warnings
        warnings.warn('Please use {0} instead.'.format(target), DeprecationWarning, 2)
        return getattr(self, target)(*args, **kwargs)
    alias.__name__ = alias.__qualname__ = name
    return alias


for _old, _new in (('failUnlessEqual', 'assertEqual'), ('assertEquals', 'assertEqual'),
                   ('failIfEqual', 'assertNotEqual'), ('assertNotEquals', 'assertNotEqual'),
                   ('failUnlessAlmostEqual', 'assertAlmostEqual'),
                   ('assertAlmostEquals', 'assertAlmostEqual'),
                   ('failIfAlmostEqual', 'assertNotAlmostEqual'),
                   ('assertNotAlmostEquals', 'assertNotAlmostEqual'),
                   ('failUnless', 'assertTrue'), ('assert_', 'assertTrue'),
                   ('failUnlessRaises', 'assertRaises'), ('failIf', 'assertFalse'),
                   ('assertRaisesRegexp', 'assertRaisesRegex'),
                   ('assertRegexpMatches', 'assertRegex'),
                   ('assertNotRegexpMatches', 'assertNotRegex')):
    setattr(TestCase, _old, _deprecated_alias(_old, _new))
del _old, _new


class FunctionTestCase(TestCase):
    """Wraps a plain function (and optional setUp/tearDown functions) as a test."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._parts = (setUp, tearDown, testFunc, description)

    def setUp(self):
        before = self._parts[0]
        if before is not None:
            before()

    def tearDown(self):
        after = self._parts[1]
        if after is not None:
            after()

    def runTest(self):
        self._parts[2]()

    def id(self):
        return self._parts[2].__name__

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._parts == other._parts
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._parts)

    def __str__(self):
        return '%s (%s)' % (class_path(self.__class__), self.id())

    def __repr__(self):
        return '<%s tec=%s>' % (class_path(self.__class__), self._parts[2])

    def shortDescription(self):
        text = self._parts[3]
        if text is None:
            doc = self._parts[2].__doc__
            text = doc.split('\n')[0].strip() if doc else None
        return text or None


class _SubTest(TestCase):
    """Stands for one subTest block in results and reports."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case, self._message, self.params = test_case, message, params
        # failures inside the block count as failures of the test
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        pieces = []
        if self._message is not _NO_MESSAGE:
            pieces.append('[%s]' % (self._message,))
        if self.params:
            pieces.append('(%s)' % ', '.join('%s=%r' % kv for kv in self.params.items()))
        return ' '.join(pieces) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        outer = self.test_case
        return outer.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())
