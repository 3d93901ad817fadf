"""Run a test file under CPython with pycell's unittest and test.support
(from LIBDIR, i.e. src/stdlib/lib) in place of CPython's own.

usage: python3 run_with_pycell_unittest.py LIBDIR FILE [args...]

The file runs in the real __main__ module, as `python3 FILE args` would run
it (some tests look at __main__'s __builtins__), with FILE's folder on
sys.path after LIBDIR. Only `unittest` and `test` come from LIBDIR (through a
temporary folder of links): pycell's other modules there (traceback, re, ...) are
written for pycell's runtime and must not replace CPython's.
"""
import atexit
import os
import shutil
import sys
import tempfile


def main():
    lib = os.path.abspath(sys.argv[1])
    path = os.path.abspath(sys.argv[2])
    sys.argv = [path] + sys.argv[3:]
    only = tempfile.mkdtemp(prefix='pycell-unittest-')
    atexit.register(shutil.rmtree, only, True)
    for pkg in ('unittest', 'test'):
        os.symlink(os.path.join(lib, pkg), os.path.join(only, pkg))
    sys.path[0:1] = [only, os.path.dirname(path)]
    for name in list(sys.modules):
        if name.split('.')[0] in ('unittest', 'test'):
            del sys.modules[name]
    import unittest
    import test.support
    real = lambda f: os.path.realpath(f)
    assert real(unittest.__file__).startswith(real(lib) + os.sep), unittest.__file__
    assert real(test.support.__file__).startswith(real(lib) + os.sep), test.support.__file__

    main_module = sys.modules['__main__']
    with open(path, 'rb') as f:
        code = compile(f.read(), path, 'exec')
    namespace = vars(main_module)
    for name in list(namespace):
        if name not in ('__name__', '__builtins__'):
            del namespace[name]
    namespace.update(__file__=path, __cached__=None, __doc__=None)
    exec(code, namespace)


main()
