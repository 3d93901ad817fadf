"""TestLoader: finds the tests of a TestCase class, a module, or a dotted
name, and wraps them in suites."""
import sys

from . import case, suite

__unittest = True


def _glob_match(name, pattern):
    """fnmatch.fnmatchcase without the module: *, ? and [...] classes."""
    # dynamic programming over pattern tokens; states = positions in name
    tokens = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == '[':
            end = pattern.find(']', i + 2 if pattern[i + 1:i + 2] in ('!', ']') else i + 1)
            if end > i:
                body = pattern[i + 1:end]
                negate = body.startswith('!')
                if negate:
                    body = body[1:]
                tokens.append(('set', body, negate))
                i = end + 1
                continue
        tokens.append(('any',) if ch == '*' else ('one',) if ch == '?' else ('lit', ch))
        i += 1
    states = {0}
    for tok in tokens:
        nxt = set()
        for pos in states:
            if tok[0] == 'any':
                nxt.update(range(pos, len(name) + 1))
            elif pos < len(name):
                c = name[pos]
                if tok[0] == 'one' or (tok[0] == 'lit' and tok[1] == c) or (
                        tok[0] == 'set' and _in_set(c, tok[1]) != tok[2]):
                    nxt.add(pos + 1)
        states = nxt
        if not states:
            return False
    return len(name) in states


def _in_set(c, body):
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == '-':
            if body[i] <= c <= body[i + 2]:
                return True
            i += 3
        else:
            if body[i] == c:
                return True
            i += 1
    return False


def _compare_names(a, b):
    return (a > b) - (a < b)


class _FailedTest(case.TestCase):
    """A test that re-raises the error met while loading a name."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._load_error = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        # the one missing attribute is the "test method" named after the
        # name that failed to load
        if name == self._testMethodName:
            problem = self._load_error

            def testFailure():
                raise problem
            return testFailure
        raise AttributeError(name)


def _failed_test_suite(name, exception, suite_class, message):
    return suite_class((_FailedTest(name, exception),)), message


def _import_error_text():
    try:
        import traceback
        return traceback.format_exc()
    except ImportError:
        info = sys.exc_info()
        return '%s: %s\n' % (info[0].__name__, info[1])


class TestLoader:
    """Builds suites from classes, modules and names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_compare_names)
    testNamePatterns = None
    suiteClass = suite.TestSuite   # what every load* method returns

    def __init__(self):
        self.errors = []   # messages about names that failed to load

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, suite.BaseTestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        if args or 'use_load_tests' in kws:
            import warnings
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            del kws['use_load_tests']
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but %d were given' % (len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '%s'"
                            % next(iter(kws)))
        found = []
        for value in [getattr(module, attr) for attr in dir(module)]:
            if isinstance(value, type) and issubclass(value, case.TestCase):
                found.append(self.loadTestsFromTestCase(value))
        tests = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as e:
            failed, message = _failed_test_suite(
                module.__name__, e, self.suiteClass,
                'Failed to call load_tests:\n%s' % (_import_error_text(),))
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        pending_error = None
        if module is None:
            remaining = parts[:]
            while True:
                try:
                    module = __import__('.'.join(remaining))
                    break
                except ImportError:
                    last = remaining.pop()
                    text = 'Failed to import test module: %s\n%s' % (last, _import_error_text())
                    pending_error = _failed_test_suite(last, ImportError(text),
                                                       self.suiteClass, text)
                    if not remaining:
                        self.errors.append(pending_error[1])
                        return pending_error[0]
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent = obj
            try:
                obj = getattr(parent, part)
            except AttributeError as missing:
                if pending_error is not None and getattr(parent, '__path__', None) is not None:
                    # a package without that submodule: report the import error
                    self.errors.append(pending_error[1])
                    return pending_error[0]
                failed, message = _failed_test_suite(
                    part, missing, self.suiteClass,
                    'Failed to access attribute:\n%s' % (_import_error_text(),))
                self.errors.append(message)
                return failed
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        function_type = type(_compare_names)
        is_case_class = lambda c: isinstance(c, type) and issubclass(c, case.TestCase)
        if type(obj) is type(sys):
            return self.loadTestsFromModule(obj)
        if is_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, function_type) and is_case_class(parent):
            instance = parent(parts[-1])
            # a staticmethod named like a test is not a test method
            if not isinstance(getattr(instance, parts[-1]), function_type):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.BaseTestSuite) and isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % (obj,))
        made = obj()
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        if not isinstance(made, suite.TestSuite):
            raise TypeError('calling %s returned %s, not a test' % (obj, made))
        return made

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attr)
            return any(_glob_match(full, p) for p in patterns)

        names = [a for a in dir(testCaseClass) if wanted(a)]
        compare = self.sortTestMethodsUsing
        if compare:
            names = _sorted_by_cmp(names, compare)
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError('test discovery is not supported by pycell yet')


def _sorted_by_cmp(items, compare):
    class Key:
        __slots__ = ('v',)

        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            return compare(self.v, other.v) < 0
    return sorted(items, key=Key)


defaultTestLoader = TestLoader()   # what unittest.main uses


def _loader_for(prefix, sort_using, suite_class=None, patterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sort_using
    made.testNamePatterns = patterns
    if suite_class:
        made.suiteClass = suite_class
    return made


def getTestCaseNames(testCaseClass, prefix, sortUsing=_compare_names, testNamePatterns=None):
    return _loader_for(prefix, sortUsing, patterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=_compare_names, suiteClass=suite.TestSuite):
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=_compare_names, suiteClass=suite.TestSuite):
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
