"""pycell's unittest: the documented API of CPython's unittest module,
written for pycell (plain Python, only `sys` needed at import time).

Modules: case (TestCase, skips, subtests), _asserts (assert* methods),
_contexts (assertRaises/assertWarns), _logs (assertLogs), result
(TestResult, traceback trimming), suite (TestSuite and class/module
fixtures), loader (TestLoader), runner (TextTestRunner), main
(unittest.main), signals (Ctrl-C stubs), mock (unittest.mock subset).
"""

__unittest = True

from . import case, loader, result, runner, signals, suite
from .main import main

# re-export the public names of each module
_PUBLIC = {
    case: 'TestCase FunctionTestCase SkipTest skip skipIf skipUnless expectedFailure '
          'addModuleCleanup doModuleCleanups enterModuleContext',
    result: 'TestResult',
    suite: 'BaseTestSuite TestSuite',
    loader: 'TestLoader defaultTestLoader makeSuite getTestCaseNames findTestCases',
    runner: 'TextTestRunner TextTestResult',
    signals: 'installHandler registerResult removeResult removeHandler',
}
__all__ = ['main']
for _module, _names in _PUBLIC.items():
    for _name in _names.split():
        globals()[_name] = getattr(_module, _name)
        if _name != 'BaseTestSuite':
            __all__.append(_name)
del _module, _names, _name, _PUBLIC
_TextTestResult = TextTestResult   # old alias


def __getattr__(name):
    # only the asyncio-based case is loaded on demand
    if name != 'IsolatedAsyncioTestCase':
        raise AttributeError('module %r has no attribute %r' % (__name__, name))
    from .async_case import IsolatedAsyncioTestCase as value
    globals()[name] = value
    return value
