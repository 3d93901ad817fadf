"""pycell's test.support: the helpers CPython's own test files import,
written from their documented behaviour.

Only `sys` and `unittest` are needed at import time; everything else is
imported inside the helper that needs it. Helpers about CPython internals
(cpython_only, refcount_test, check_sizeof, ...) skip with reason
"CPython implementation detail" on other implementations such as pycell.
"""
import sys
import unittest

from ._managers import (swap_attr, swap_item, captured_output, captured_stdout,
                        captured_stderr, captured_stdin, catch_unraisable_exception,
                        disable_gc, infinite_recursion, adjust_int_max_str_digits,
                        set_recursion_limit, run_with_locale, run_with_tz,
                        SuppressCrashReport, no_tracing, setswitchinterval)

__all__ = [
    'Error', 'TestFailed', 'ResourceDenied', 'verbose', 'cpython_only',
    'impl_detail', 'check_impl_detail', 'requires_resource', 'requires',
    'is_resource_enabled', 'requires_docstrings', 'requires_IEEE_754',
    'gc_collect', 'disable_gc', 'captured_stdout', 'captured_stderr',
    'captured_stdin', 'captured_output', 'swap_attr', 'swap_item',
    'check_syntax_error', 'bigmemtest', 'bigaddrspacetest', 'run_unittest',
]

# -- flags and constants ---------------------------------------------------

verbose = 1              # regrtest's -v sets more
use_resources = None     # None: every resource allowed (file run directly)
failfast = False
match_tests = None
ignore_tests = None
real_max_memuse = 0
max_memuse = 0
junit_xml_list = None
PGO = False
PGO_EXTENDED = False

_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
MAX_Py_ssize_t = sys.maxsize   # (a JavaScript-free constant on pycell too)

LOOPBACK_TIMEOUT = 10.0
INTERNET_TIMEOUT = 60.0
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 5 * 60.0

Py_DEBUG = getattr(sys, 'gettotalrefcount', None) is not None
_IMPLEMENTATION = sys.implementation.name
_IS_CPYTHON = _IMPLEMENTATION == 'cpython'
_INTERNALS_REASON = 'CPython implementation detail'

is_jython = sys.platform[:4] == 'java'
is_android = getattr(sys, 'getandroidapilevel', None) is not None
is_emscripten = sys.platform == 'emscripten'
is_wasi = sys.platform == 'wasi'
has_fork_support = _IS_CPYTHON and not (is_emscripten or is_wasi or sys.platform == 'win32')
has_subprocess_support = _IS_CPYTHON and not (is_emscripten or is_wasi)
has_socket_support = _IS_CPYTHON and not (is_emscripten or is_wasi)

TEST_SUPPORT_DIR = __file__.replace('\\', '/').rsplit('/', 1)[0]
TEST_HOME_DIR = TEST_SUPPORT_DIR.rsplit('/', 1)[0]
STDLIB_DIR = TEST_HOME_DIR.rsplit('/', 1)[0]
REPO_ROOT = STDLIB_DIR.rsplit('/', 1)[0]
SAVEDCWD = None


def _where_cpython_tests_are():
    # CPython's own test folder, when it is an extra path of our package
    import test
    for path in getattr(test, '__path__', ()):
        p = path.replace('\\', '/').rstrip('/')
        if p != TEST_HOME_DIR:
            return p
    return TEST_HOME_DIR


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class ResourceDenied(unittest.SkipTest):
    """A test needs a resource (network, cpu...) that is not enabled."""


# -- objects that compare in fixed ways -------------------------------------

class _AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return 'ALWAYS_EQ'


class _NeverEqual:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1

    def __repr__(self):
        return 'NEVER_EQ'


class _Largest:
    def __eq__(self, other):
        return isinstance(other, _Largest)

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return not isinstance(other, _Largest)

    def __le__(self, other):
        return isinstance(other, _Largest)

    def __ge__(self, other):
        return True

    __hash__ = object.__hash__

    def __repr__(self):
        return 'LARGEST'


class _Smallest:
    def __eq__(self, other):
        return isinstance(other, _Smallest)

    def __lt__(self, other):
        return not isinstance(other, _Smallest)

    def __gt__(self, other):
        return False

    def __le__(self, other):
        return True

    def __ge__(self, other):
        return isinstance(other, _Smallest)

    __hash__ = object.__hash__

    def __repr__(self):
        return 'SMALLEST'


ALWAYS_EQ = _AlwaysEqual()
NEVER_EQ = _NeverEqual()

# bits in a hash() result (test_tuple picks its expected exact hashes by it)
NHASHBITS = sys.hash_info.width
LARGEST = _Largest()
SMALLEST = _Smallest()


# -- implementation details -------------------------------------------------

def _guard_table(guards):
    """{implementation: run?} and the answer for the others: with no
    guards, only CPython; guards all True (or all False) name where the
    test runs (or does not)."""
    if not guards:
        return {'cpython': True}, False
    values = set(guards.values())
    if len(values) != 1:
        raise AssertionError('impl_detail() guards must be all True or all False')
    return guards, not values.pop()


def check_impl_detail(**guards):
    """check_impl_detail() is True on CPython only; check_impl_detail(
    pypy=False) is True everywhere but on PyPy; and so on."""
    table, otherwise = _guard_table(guards)
    return table.get(_IMPLEMENTATION, otherwise)


def _unchanged(obj):
    return obj


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _unchanged
    if msg is None:
        table, otherwise = _guard_table(guards)
        template = ('implementation detail not available on {0}' if otherwise
                    else 'implementation detail specific to {0}')
        msg = template.format(' or '.join(sorted(table)))
    return unittest.skip(msg)


def cpython_only(test):
    if _IS_CPYTHON:
        return test
    return unittest.skip(_INTERNALS_REASON)(test)


def refcount_test(test):
    if not (_IS_CPYTHON and hasattr(sys, 'getrefcount')):
        return unittest.skip(_INTERNALS_REASON)(test)
    return no_tracing(test)


def requires_legacy_unicode_capi(test):
    if not _IS_CPYTHON:
        return unittest.skip(_INTERNALS_REASON)(test)
    try:
        from _testcapi import unicode_legacy_string
    except ImportError:
        unicode_legacy_string = None
    return unittest.skipUnless(unicode_legacy_string, 'requires legacy Unicode C API')(test)


def _struct_size(fmt):
    import struct
    return struct.calcsize(fmt)


_OBJECT_HEAD = 'nP'
_VAROBJECT_HEAD = 'nPn'
if Py_DEBUG:
    _OBJECT_HEAD = '2P' + _OBJECT_HEAD
    _VAROBJECT_HEAD = '2P' + _VAROBJECT_HEAD


def calcobjsize(fmt):
    return _struct_size(_OBJECT_HEAD + fmt + '0n')


def calcvobjsize(fmt):
    return _struct_size(_VAROBJECT_HEAD + fmt + '0n')


def check_sizeof(test, o, size):
    if not _IS_CPYTHON:
        raise unittest.SkipTest(_INTERNALS_REASON)
    try:
        import _testinternalcapi
    except ImportError:
        raise unittest.SkipTest('needs _testinternalcapi')
    heap_type = 1 << 9
    has_gc = 1 << 14
    got = sys.getsizeof(o)
    kind = type(o)
    # objects tracked by the garbage collector carry a hidden GC header
    if (kind is type and o.__flags__ & heap_type) or (kind is not type and kind.__flags__ & has_gc):
        size += _testinternalcapi.SIZEOF_PYGC_HEAD
    test.assertEqual(got, size, 'wrong size for %s: got %d, expected %d' % (kind, got, size))


# -- resources and requirements ------------------------------------------------

def is_resource_enabled(resource):
    allowed = use_resources
    return allowed is None or resource in allowed


def requires(resource, msg=None):
    if not is_resource_enabled(resource):
        raise ResourceDenied(msg or 'Use of the %r resource not enabled' % resource)


def requires_resource(resource):
    if is_resource_enabled(resource):
        return _unchanged
    return unittest.skip('resource %r is not enabled' % (resource,))


def _docstrings_present():
    """A docstring."""


HAVE_DOCSTRINGS = _docstrings_present.__doc__ is not None
MISSING_C_DOCSTRINGS = not HAVE_DOCSTRINGS
requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS, 'test requires docstrings')


def _has_ieee_doubles():
    getformat = getattr(float, '__getformat__', None)
    if getformat is None:
        return True     # pycell's floats are JavaScript numbers: IEEE 754
    return getformat('double').startswith('IEEE')


requires_IEEE_754 = unittest.skipUnless(_has_ieee_doubles(), 'test requires IEEE 754 doubles')


def requires_zlib(reason='requires zlib'):
    try:
        import zlib
    except ImportError:
        zlib = None
    return unittest.skipUnless(zlib, reason)


def requires_subprocess():
    return unittest.skipUnless(has_subprocess_support, 'requires subprocess support')


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    # pycell's code objects carry no per-instruction positions
    return unittest.skip(reason)


def requires_fork():
    return unittest.skipUnless(has_fork_support, 'requires working os.fork()')


def requires_working_socket(*, module=False):
    msg = 'requires socket support'
    if module:
        if not has_socket_support:
            raise unittest.SkipTest(msg)
        return None
    return unittest.skipUnless(has_socket_support, msg)


def requires_mac_ver(*min_version):
    def decorate(func):
        if sys.platform != 'darwin':
            return func

        def checked(*args, **kw):
            import platform
            release = platform.mac_ver()[0]
            try:
                have = tuple(int(x) for x in release.split('.'))
            except ValueError:
                have = ()
            if have < min_version:
                raise unittest.SkipTest('Mac OS X %s or higher required, not %s'
                                        % ('.'.join(map(str, min_version)), release))
            return func(*args, **kw)
        checked.__name__ = func.__name__
        checked.min_version = min_version
        return checked
    return decorate


skip_if_pgo_task = unittest.skipIf(PGO, 'Not run for (non-extended) PGO task')


def skip_if_buggy_ucrt_strfptime(test):
    return test


def bigmemtest(size, memuse, dry_run=True):
    """Runs the test with a small size (5147) unless real memory limits
    were set with regrtest -M; tests that cannot be shrunk skip."""
    def decorate(f):
        def run(self):
            wanted = run.size
            n = wanted if real_max_memuse else 5147
            if (real_max_memuse or not dry_run) and real_max_memuse < n * run.memuse:
                raise unittest.SkipTest('not enough memory: %.1fG minimum needed'
                                        % (wanted * run.memuse / (1024 ** 3)))
            return f(self, n)
        run.size = size
        run.memuse = memuse
        run.__name__ = f.__name__
        run.__qualname__ = getattr(f, '__qualname__', f.__name__)
        run.__doc__ = f.__doc__
        return run
    return decorate


def bigaddrspacetest(f):
    def run(*args):
        if max_memuse < MAX_Py_ssize_t:
            if MAX_Py_ssize_t >= 2 ** 63 - 1 and max_memuse >= 2 ** 31:
                raise unittest.SkipTest('not enough memory: try a 32-bit build instead')
            raise unittest.SkipTest('not enough memory: %.1fG minimum needed'
                                    % (MAX_Py_ssize_t / (1024 ** 3)))
        return f(*args)
    run.__name__ = f.__name__
    run.__doc__ = f.__doc__
    return run


# -- garbage collection ---------------------------------------------------------

def gc_collect():
    """Collect garbage now (several passes: finalizers can free more)."""
    try:
        import gc
    except ImportError:
        return
    gc.collect()
    gc.collect()
    gc.collect()


def check_free_after_iterating(test, iter_func, cls, args=()):
    """An exhausted iterator made by iter_func(cls(*args)) must not keep
    its iterable alive."""
    freed = []

    class Tracked(cls):
        def __del__(self):
            freed.append(True)

    iterator = iter_func(Tracked(*args))
    for _ in iterator:
        pass
    gc_collect()
    test.assertTrue(freed)
    del iterator


# -- syntax errors ---------------------------------------------------------------

def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    """Compiling `statement` must raise a SyntaxError whose message matches
    `errtext`, with a position (the given one, if any)."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as caught:
        compile(statement, '<test string>', 'exec')
    raised = caught.exception
    for attr, wanted in (('lineno', lineno), ('offset', offset)):
        got = getattr(raised, attr)
        testcase.assertIsNotNone(got)
        if wanted is not None:
            testcase.assertEqual(got, wanted)


# -- assorted -----------------------------------------------------------------

def get_attribute(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest('object %r has no attribute %r' % (obj, name))


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    import re
    name = tp.__qualname__
    if tp.__module__ != 'builtins':
        name = '%s.%s' % (tp.__module__, name)
    pattern = "cannot create '%s' instances" % re.escape(name)
    testcase.assertRaisesRegex(TypeError, pattern, tp, *args, **kwds)


def check__all__(test_case, module, name_of_module=None, extra=(), not_exported=()):
    """module.__all__ must list exactly the public names defined there."""
    owners = name_of_module or module.__name__
    if isinstance(owners, str):
        owners = (owners,)
    module_type = type(sys)
    expected = set(extra)
    public = [n for n in dir(module) if n[:1] != '_' and n not in not_exported]
    for name in public:
        value = getattr(module, name)
        if hasattr(value, '__module__'):
            defined_here = value.__module__ in owners
        else:
            # plain data (constants) count as defined here, modules do not
            defined_here = not isinstance(value, module_type)
        if defined_here:
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


def sortdict(mapping):
    """repr of a dict with its items sorted by key."""
    return '{%s}' % ', '.join('%r: %r' % item for item in sorted(mapping.items()))


def findfile(filename, subdir=None):
    """The path of a data file of CPython's test folder (or `filename`)."""
    import os
    if os.path.isabs(filename):
        return filename
    if subdir is not None:
        filename = os.path.join(subdir, filename)
    for folder in [_where_cpython_tests_are(), TEST_HOME_DIR] + sys.path:
        candidate = os.path.join(folder, filename)
        if os.path.exists(candidate):
            return candidate
    return filename


def maybe_get_event_loop_policy():
    import asyncio.events
    return asyncio.events._event_loop_policy


def wait_process(pid, *, exitcode, timeout=None):
    import os
    _, status = os.waitpid(pid, 0)
    got = os.waitstatus_to_exitcode(status)
    if got != exitcode:
        raise AssertionError('process %s exited with code %s, but exit code %s is expected'
                             % (pid, got, exitcode))


def python_is_optimized():
    return False


def run_unittest(*classes):
    """Run the given TestCase classes (or suites, or module names)."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for item in classes:
        if isinstance(item, str):
            suite.addTest(loader.loadTestsFromModule(sys.modules[item]))
        elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(item)
        else:
            suite.addTest(loader.loadTestsFromTestCase(item))
    result = unittest.TextTestRunner(sys.stdout, verbosity=2 if verbose > 1 else 1).run(suite)
    if not result.wasSuccessful():
        if len(result.errors) == 1 and not result.failures:
            detail = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            detail = result.failures[0][1]
        else:
            detail = 'multiple errors occurred'
        raise TestFailed(detail)
    return result


def reap_children():
    pass


def __getattr__(name):
    # helpers that moved to submodules in CPython 3.10 stay reachable
    for sub in ('os_helper', 'import_helper', 'warnings_helper', 'script_helper',
                'threading_helper'):
        if name == sub:
            return __import__('test.support.' + sub, fromlist=['_'])
    raise AttributeError("module 'test.support' has no attribute %r" % (name,))
