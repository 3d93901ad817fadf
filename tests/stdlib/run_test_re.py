# Runs CPython's own Lib/test/test_re.py (read unmodified from the installation) under
# pycell, with small stand-ins for the modules pycell does not have yet (locale, time,
# warnings, weakref, test.support); prints unittest's report.
#   bin/pycell tests/stdlib/run_test_re.py $STDLIB/test/test_re.py [-v] < $STDLIB/test/test_re.py
import sys
import types


def stub(name, **attrs):
    m = types.ModuleType(name)
    for k, v in attrs.items():
        setattr(m, k, v)
    sys.modules[name] = m
    return m


class _Ctx:
    def __init__(self, *a, **k):
        pass

    def __enter__(self):
        return []

    def __exit__(self, *a):
        return False


def _passthrough(*a, **k):
    def deco(f):
        return f
    return deco


if "locale" not in sys.modules:
    stub("locale", getpreferredencoding=lambda *a: "UTF-8", setlocale=lambda *a: "C",
         LC_CTYPE=0, Error=Exception, getlocale=lambda *a: (None, None))
stub("time", perf_counter=lambda: 0.0, time=lambda: 0.0, monotonic=lambda: 0.0)
stub("warnings", catch_warnings=_Ctx, simplefilter=lambda *a, **k: None,
     filterwarnings=lambda *a, **k: None, warn=lambda *a, **k: None)
stub("weakref", proxy=lambda o: o, ref=lambda o: (lambda: o))
import unittest
stub("test.support", gc_collect=lambda: None, bigmemtest=_passthrough, _2G=2 ** 31,
     cpython_only=lambda f: unittest.skip("CPython only")(f),
     captured_stdout=_Ctx, check_disallow_instantiation=lambda *a, **k: None,
     is_emscripten=False, is_wasi=False, SHORT_TIMEOUT=30.0,
     requires_resource=_passthrough, run_unittest=lambda *a: None)
import test
test.support = sys.modules["test.support"]

path = sys.argv[1]
sys.argv = [path] + sys.argv[2:]
# pycell has no open() yet: the runner passes the file on stdin
source = sys.stdin.read()
main = types.ModuleType("__main__")
main.__file__ = path
sys.modules["__main__"] = main
exec(compile(source, path, "exec"), main.__dict__)
