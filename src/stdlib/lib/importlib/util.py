"""importlib.util for pycell (from the importlib documentation): finding specs,
making modules from them, and the small helpers around names and caches."""

import sys
import types
import _pycell_importlib
from importlib.machinery import (ModuleSpec, BuiltinImporter, FrozenImporter,
                                 PathFinder, SourceFileLoader)

# the value CPython 3.11 writes at the start of its .pyc files
MAGIC_NUMBER = b'\xa7\r\r\n'
_CACHE_TAG = 'cpython-311'


def resolve_name(name, package):
    """The absolute name for `name`, resolving leading dots against `package`."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError('no package specified for {!r} (required for relative '
                          'module names)'.format(name))
    dots = len(name) - len(name.lstrip('.'))
    heads = package.rsplit('.', dots - 1)
    if len(heads) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    rest = name[dots:]
    return heads[0] + '.' + rest if rest else heads[0]


def _spec_of_loaded(name, module):
    """A spec for a module pycell loaded (its import system sets no __spec__)."""
    kind = _pycell_importlib.kind(name)
    if kind == 'builtin':
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    if kind == 'frozen':
        return ModuleSpec(name, FrozenImporter, origin='frozen',
                          is_package=hasattr(module, '__path__'))
    origin = getattr(module, '__file__', None)
    if not isinstance(origin, str):
        return None
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin)
    spec.has_location = True
    path = getattr(module, '__path__', None)
    if path is not None:
        spec.submodule_search_locations = list(path)
    return spec


def _search(name, path):
    for finder in (BuiltinImporter, FrozenImporter):
        spec = finder.find_spec(name) if finder is FrozenImporter or path is None else None
        if spec is not None:
            return spec
    for finder in getattr(sys, 'meta_path', ()):
        find = getattr(finder, 'find_spec', None)
        if find is not None and finder not in (BuiltinImporter, FrozenImporter, PathFinder):
            spec = find(name, path)
            if spec is not None:
                return spec
    return PathFinder.find_spec(name, path)


def find_spec(name, package=None):
    """The spec the import system would use for `name`, or None if there is none.
    The parent package of a submodule is imported first."""
    absname = resolve_name(name, package) if name.startswith('.') else name
    loaded = sys.modules.get(absname, _UNSET)
    if loaded is not _UNSET:
        if loaded is None:
            return None
        found = getattr(loaded, '__spec__', None)
        if found is None and absname != '__main__':
            found = _spec_of_loaded(absname, loaded)
        if found is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return found
    parent = absname.rpartition('.')[0]
    where = None
    if parent:
        pkg = __import__(parent, fromlist=['__path__'])
        where = getattr(pkg, '__path__', _UNSET)
        if where is _UNSET:
            raise ModuleNotFoundError(
                '__path__ attribute not found on {!r} while trying to find {!r}'
                .format(parent, absname), name=absname)
    return _search(absname, where)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module whose loader is already known."""
    where = origin if origin is not None else getattr(loader, '_ORIGIN', None)
    if where is None and hasattr(loader, 'get_filename'):
        extra = {}
        if is_package is not None:
            extra['submodule_search_locations'] = [] if is_package else None
        return spec_from_file_location(name, loader=loader, **extra)
    pkg = is_package
    if pkg is None:
        pkg = hasattr(loader, 'is_package') and loader.is_package(name)
    return ModuleSpec(name, loader, origin=where, is_package=pkg)


_UNSET = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_UNSET):
    """A spec for the module in file `location` (a .py file unless `loader` is given)."""
    if location is None:
        if loader is None or not hasattr(loader, 'get_filename'):
            return None if loader is None else ModuleSpec(name, loader, origin='<unknown>')
        location = loader.get_filename(name)  # the loader knows its file
    else:
        location = location if isinstance(location, str) else __import__('os').fspath(location)
    if loader is None:
        if not any(location.endswith(s) for s in ('.py',)):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _UNSET:
        if hasattr(loader, 'is_package') and loader.is_package(name):
            folder = location.replace('\\', '/').rpartition('/')[0]
            spec.submodule_search_locations = [folder]
    else:
        spec.submodule_search_locations = submodule_search_locations  # as given
    return spec


def module_from_spec(spec):
    """A new module made from `spec`, with its import attributes set; not yet run."""
    ldr = spec.loader
    mod = None
    if hasattr(ldr, 'create_module'):
        mod = ldr.create_module(spec)
    elif hasattr(ldr, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if mod is None:
        mod = types.ModuleType(spec.name)
    wanted = [('__name__', spec.name), ('__loader__', ldr), ('__package__', spec.parent),
              ('__spec__', spec)]
    if spec.submodule_search_locations is not None:
        wanted.append(('__path__', spec.submodule_search_locations))
    if spec.has_location:
        wanted.append(('__file__', spec.origin))
        if spec.cached is not None:
            wanted.append(('__cached__', spec.cached))
    for key, value in wanted:
        setattr(mod, key, value)
    return mod


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython would cache the bytecode of source file `path`."""
    folder, _, file = path.rpartition('/')
    stem = file.rpartition('.')[0] if '.' in file else file
    tail = '.opt-{}'.format(optimization) if optimization else ''
    name = '{}.{}{}.pyc'.format(stem, _CACHE_TAG, tail)
    return (folder + '/' if folder or path.startswith('/') else '') + '__pycache__/' + name


def source_from_cache(path):
    """The source file whose cached bytecode is `path` (the reverse of cache_from_source)."""
    folder, _, file = path.rpartition('/')
    holder, _, cachedir = folder.rpartition('/')
    if cachedir != '__pycache__':
        raise ValueError('{} not bottom-level directory in {!r}'.format('__pycache__', folder))
    if file.count('.') not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in {!r}'.format(file))
    stem = file.split('.')[0]
    return (holder + '/' if holder or folder.startswith('/') else '') + stem + '.py'


def decode_source(source_bytes):
    """Source bytes as text: the PEP 263 coding (UTF-8 by default), newlines made \\n."""
    import io
    encoding = 'utf-8'
    for line in source_bytes.splitlines()[:2]:
        text = line.decode('latin-1').strip()
        if text.startswith('#') and 'coding' in text:
            rest = text.split('coding', 1)[1]
            if rest[:1] in (':', '='):
                encoding = rest[1:].strip().split()[0] if rest[1:].strip() else encoding
                break
        elif text and not text.startswith('#'):
            break
    text = source_bytes.decode(encoding)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def source_hash(source_bytes):
    raise NotImplementedError('importlib.util.source_hash is not supported by pycell')


class LazyLoader:
    def __init__(self, loader):
        raise NotImplementedError('importlib.util.LazyLoader is not supported by pycell')

    @classmethod
    def factory(cls, loader):
        raise NotImplementedError('importlib.util.LazyLoader is not supported by pycell')
