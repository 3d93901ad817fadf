"""importlib for pycell, written from the importlib documentation.

pycell's import statement does not go through importlib: modules come from the
built-in registry (TypeScript), the embedded Python standard library, then .py
files on sys.path (src/runtime/modules.ts). This package offers the documented
functions over that system: import_module, reload, invalidate_caches, plus the
util/machinery/abc submodules as far as they apply."""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _absolute_name(name, package):
    """The absolute module name of `name` (leading dots are relative to `package`)."""
    if name.startswith('.') and not package:
        raise TypeError("the 'package' argument is required to perform a relative "
                        "import for {!r}".format(name))
    from importlib.util import resolve_name
    return resolve_name(name, package)


def import_module(name, package=None):
    """Import a module by name and return it (the named module itself, not the top package)."""
    full = _absolute_name(name, package)
    if not full:
        raise ValueError('Empty module name')
    __import__(full)
    return sys.modules[full]


def invalidate_caches():
    """pycell's finders keep no caches: nothing to invalidate."""
    for finder in list(getattr(sys, 'meta_path', ())):
        clear = getattr(finder, 'invalidate_caches', None)
        if clear is not None:
            clear()


def reload(module):
    """Run a module's code again in its existing namespace and return it."""
    from types import ModuleType
    if not isinstance(module, ModuleType):
        raise TypeError('reload() argument must be a module')
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    parent = name.rpartition('.')[0]
    folders = None
    if parent:
        if parent not in sys.modules:
            raise ImportError('parent {!r} not in sys.modules'.format(parent), name=parent)
        folders = getattr(sys.modules[parent], '__path__', None)
    # like CPython, the module is found again (a module made from a hand-built spec
    # has no finder and cannot be reloaded)
    from importlib.util import _search
    spec = module.__spec__ = _search(name, folders)
    if spec is None:
        raise ModuleNotFoundError('spec not found for the module {!r}'.format(name), name=name)
    module.__loader__ = spec.loader
    spec.loader.exec_module(module)
    return sys.modules[name]
