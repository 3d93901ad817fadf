"""Import helpers of test.support: import-or-skip, importing a fresh copy
of a module (with some modules forced fresh or blocked), and saving and
restoring sys.modules / sys.path."""
import sys
import unittest


def _without_deprecations(deprecated):
    """catch_warnings() that silences DeprecationWarning when asked."""
    if not deprecated:
        return _Nothing()
    import warnings
    manager = warnings.catch_warnings()

    class Quiet:
        def __enter__(self):
            manager.__enter__()
            warnings.filterwarnings('ignore', '.+ (module|package)', DeprecationWarning)
            return None

        def __exit__(self, *exc):
            return manager.__exit__(*exc)
    return Quiet()


class _Nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def import_module(name, deprecated=False, *, required_on=()):
    """Import and return the module, or skip the test when it is missing
    (unless sys.platform starts with one of `required_on`)."""
    with _without_deprecations(deprecated):
        try:
            __import__(name)
            return sys.modules[name]
        except ImportError as exc:
            if sys.platform.startswith(tuple(required_on)):
                raise
            raise unittest.SkipTest(str(exc))


def unload(name):
    sys.modules.pop(name, None)


def forget(modname):
    unload(modname)


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Import `name` anew, with the modules in `fresh` imported anew too and
    those in `blocked` made unimportable; sys.modules is restored after.
    Returns None when the import fails."""
    with _without_deprecations(deprecated):
        touched = [name] + list(fresh) + list(blocked)
        saved = {}
        for key in touched:
            if key in sys.modules:
                saved[key] = sys.modules.pop(key)
        try:
            for key in blocked:
                sys.modules[key] = None
            try:
                # a fresh module that cannot be imported (a C accelerator pycell
                # lacks) makes the result None, as in CPython
                for key in fresh:
                    __import__(key)
                __import__(name)
                module = sys.modules[name]
            except ImportError:
                module = None
            return module
        finally:
            for key in touched:
                sys.modules.pop(key, None)
            sys.modules.update(saved)


class CleanImport:
    """Remove the named modules (and their submodules' entries) from
    sys.modules for the block, so they are imported anew; restore after."""

    def __init__(self, *module_names):
        self.saved = sys.modules.copy()
        for name in module_names:
            if name in sys.modules:
                module = sys.modules[name]
                if module.__name__ != name:
                    del sys.modules[module.__name__]
                del sys.modules[name]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        sys.modules.clear()
        sys.modules.update(self.saved)
        return False


class DirsOnSysPath:
    """Put directories first on sys.path for the block."""

    def __init__(self, *paths):
        self.original = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        sys.path = self.original_object
        sys.path[:] = self.original
        return False


class _SavedModules:
    def __enter__(self):
        self.saved = sys.modules.copy()
        return None

    def __exit__(self, *exc):
        sys.modules.clear()
        sys.modules.update(self.saved)
        return False


def isolated_modules():
    return _SavedModules()


def modules_setup():
    return sys.modules.copy(),


def modules_cleanup(oldmodules):
    sys.modules.clear()
    sys.modules.update(oldmodules)
