# pycell's `test` package holds only pycell's own test.support. CPython's
# test files also import sibling modules of CPython's test package
# (test.list_tests, test.seq_tests, test.string_tests, test.test_grammar...):
# those are found by adding CPython's test folder, when it is on sys.path
# (it is sys.path[0] when a test file from it is run), after our own folder,
# so that test.support stays ours.
import sys as _sys


def _cpython_test_dirs():
    dirs = []
    for entry in _sys.path:
        if not isinstance(entry, str):
            continue
        p = entry.replace('\\', '/').rstrip('/')
        if p.endswith('/test') and entry not in __path__:
            dirs.append(entry)
        else:
            # a folder holding CPython's test package (Lib/, when `-m unittest
            # test.test_x` runs there): its test/ is searched too
            import posixpath
            inner = posixpath.join(entry or '.', 'test')
            if posixpath.isfile(posixpath.join(inner, '__init__.py')) and inner not in dirs:
                dirs.append(inner)
    return dirs


try:
    __path__.extend(_cpython_test_dirs())
except (NameError, AttributeError):
    pass
del _sys
