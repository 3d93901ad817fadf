"""runpy for pycell: run a module's code as a script (what `pycell -m NAME`
does), written from the runpy documentation. Modules are found by
_pycell_runpy (the embedded standard library, then .py files on sys.path);
a package runs its __main__ submodule."""

import sys
import types
import _pycell_runpy

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """A module that cannot be run: the message is what -m reports."""


def _locate(mod_name, error=ImportError):
    """(source, filename, package name) of the code to run for `mod_name`."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    parent, _, _ = mod_name.rpartition(".")
    folders = sys.path
    if parent:
        try:
            package = __import__(parent, fromlist=["__name__"])
        except ImportError as exc:
            raise error("Error while finding module specification for %r (%s: %s)"
                        % (mod_name, type(exc).__name__, exc)) from exc
        folders = getattr(package, "__path__", None)
        if folders is None:
            raise error("Error while finding module specification for %r (ModuleNotFoundError: "
                        "__path__ attribute not found on %r while trying to find %r)"
                        % (mod_name, parent, mod_name))
    found = _pycell_runpy.find(mod_name, folders)
    if found is None:
        if mod_name in sys.builtin_module_names or mod_name in ("sys", "builtins"):
            raise error("No code object available for %s" % mod_name)
        raise error("No module named %s" % mod_name)
    source, filename, is_package, _ = found
    if is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            __import__(mod_name)
            return _locate(mod_name + ".__main__", error)
        except error as exc:
            if mod_name not in sys.modules:
                raise
            raise error("%s; %r is a package and cannot be directly executed" % (exc, mod_name)) from None
    return source, filename, parent


def _execute(source, filename, namespace):
    code = compile(source, filename, "exec")
    exec(code, namespace)
    return namespace


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module's code in a fresh namespace and return that namespace."""
    source, filename, package = _locate(mod_name)
    if run_name is None:
        run_name = mod_name
    namespace = {}
    if init_globals is not None:
        namespace.update(init_globals)
    namespace.update(__name__=run_name, __file__=filename, __cached__=None,
                     __doc__=None, __loader__=None, __package__=package, __spec__=None)
    if not alter_sys:
        return _execute(source, filename, namespace)
    saved_argv0 = sys.argv[0] if sys.argv else None
    module = types.ModuleType(run_name)
    saved_module = sys.modules.get(run_name)
    sys.modules[run_name] = module
    if sys.argv:
        sys.argv[0] = filename
    try:
        module.__dict__.update(namespace)
        _execute(source, filename, module.__dict__)
        return dict(module.__dict__)
    finally:
        if saved_module is None:
            sys.modules.pop(run_name, None)
        else:
            sys.modules[run_name] = saved_module
        if sys.argv:
            sys.argv[0] = saved_argv0


def run_path(path_name, init_globals=None, run_name=None):
    """Run the Python file at path_name and return its namespace."""
    with open(path_name, "rb") as f:
        source = f.read()
    if run_name is None:
        run_name = "<run_path>"
    namespace = {} if init_globals is None else dict(init_globals)
    namespace.update(__name__=run_name, __file__=path_name, __cached__=None,
                     __doc__=None, __loader__=None, __package__="", __spec__=None)
    return _execute(source, path_name, namespace)


def _run_module_as_main(mod_name, alter_argv=True):
    """`pycell -m mod_name`: run the module as __main__, in the __main__ module."""
    try:
        source, filename, package = _locate(mod_name, _Error)
    except _Error as exc:
        sys.stderr.write("pycell: %s\n" % exc)
        sys.exit(1)
    main = sys.modules["__main__"]
    namespace = main.__dict__
    namespace.update(__name__="__main__", __file__=filename, __cached__=None,
                     __loader__=None, __package__=package, __spec__=None)
    if alter_argv and sys.argv:
        sys.argv[0] = filename
    _execute(source, filename, namespace)
