"""Warning helpers of test.support: record warnings in a block and check
them against (message regex, category) filters; check that a statement
compiles with exactly one SyntaxWarning (and is a SyntaxError when
warnings are errors)."""
import sys
import warnings


class WarningsRecorder:
    """What check_warnings() gives the block: the warnings caught so far;
    attributes like .message and .category are those of the last one."""

    _FIELDS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, caught):
        self._all = caught
        self._start = 0    # reset() hides what was caught before

    def __getattr__(self, attr):
        fresh = self._all[self._start:]
        if fresh:
            return getattr(fresh[-1], attr)
        if attr in self._FIELDS:
            return None
        raise AttributeError('%r has no attribute %r' % (self, attr))

    @property
    def warnings(self):
        return list(self._all[self._start:])

    def reset(self):
        self._start = len(self._all)


class _FilteredWarnings:
    def __init__(self, filters, quiet, depth):
        self.filters = filters
        self.quiet = quiet
        self.depth = depth

    def __enter__(self):
        # the calling module may already have shown these warnings once
        try:
            registry = sys._getframe(self.depth).f_globals.get('__warningregistry__')
        except (AttributeError, ValueError):
            registry = None
        if registry:
            registry.clear()
        self.catcher = warnings.catch_warnings(record=True)
        self.caught = self.catcher.__enter__()
        warnings.simplefilter('always')
        return WarningsRecorder(self.caught)

    def __exit__(self, exc_type, exc, tb):
        self.catcher.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        import re
        left = list(self.caught)
        missing = []
        for pattern, category in self.filters:
            matched = False
            for w in left[:]:
                if re.match(pattern, str(w.message), re.I) and issubclass(w.message.__class__, category):
                    matched = True
                    left.remove(w)
            if not matched and not self.quiet:
                missing.append((pattern, category.__name__))
        if left:
            raise AssertionError('unhandled warning %s' % left[0])
        if missing:
            raise AssertionError('filter (%r, %s) did not catch any warning' % missing[0])
        return False


def check_warnings(*filters, **kwargs):
    """Catch the warnings of the block; each (regex, category) filter must
    match one (unless quiet), and no warning may be left unmatched."""
    quiet = kwargs.pop('quiet', None)
    if not filters:
        filters = (('', Warning),)
        if quiet is None:
            quiet = True
    return _FilteredWarnings(filters, quiet, 1)


def check_syntax_warning(testcase, statement, errtext='', *, lineno=1, offset=None):
    from test.support import check_syntax_error
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always', SyntaxWarning)
        compile(statement, '<testcase>', 'exec')
    testcase.assertEqual(len(caught), 1, caught)
    only, = caught
    testcase.assertTrue(issubclass(only.category, SyntaxWarning), only.category)
    if errtext:
        testcase.assertRegex(str(only.message), errtext)
    testcase.assertEqual(only.filename, '<testcase>')
    testcase.assertIsNotNone(only.lineno)
    if lineno is not None:
        testcase.assertEqual(only.lineno, lineno)
    # as an error, the same warning is a SyntaxError
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('error', SyntaxWarning)
        check_syntax_error(testcase, statement, errtext, lineno=lineno, offset=offset)
    testcase.assertEqual(caught, [])


class _NoWarnings:
    def __init__(self, testcase, message, category, force_gc):
        self.testcase = testcase
        self.message = message
        self.category = category
        self.force_gc = force_gc

    def __enter__(self):
        self.catcher = warnings.catch_warnings(record=True)
        self.caught = self.catcher.__enter__()
        warnings.filterwarnings('always', message=self.message, category=self.category)
        return None

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None and self.force_gc:
                from test.support import gc_collect
                gc_collect()
        finally:
            self.catcher.__exit__(exc_type, exc, tb)
        if exc_type is None:
            self.testcase.assertEqual(self.caught, [])
        return False


def check_no_warnings(testcase, message='', category=Warning, force_gc=False):
    return _NoWarnings(testcase, message, category, force_gc)


def check_no_resource_warning(testcase):
    return _NoWarnings(testcase, '', ResourceWarning, True)


def ignore_warnings(*, category):
    def decorate(test):
        def quiet(self, *args, **kwargs):
            with warnings.catch_warnings():
                warnings.simplefilter('ignore', category=category)
                return test(self, *args, **kwargs)
        quiet.__name__ = test.__name__
        quiet.__qualname__ = getattr(test, '__qualname__', test.__name__)
        quiet.__doc__ = test.__doc__
        return quiet
    return decorate


def save_restore_warnings_filters():
    return warnings.catch_warnings()
