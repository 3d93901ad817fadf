"""importlib.machinery for pycell: module specs, and the importers behind pycell's
three kinds of module (TypeScript built-ins, the embedded Python standard library,
.py files on sys.path). Written from the importlib documentation."""

import sys
import _pycell_importlib
import _pycell_runpy

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
# pycell loads no extension modules
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix the path importer could recognise."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows about a module before it is loaded."""

    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._cache_path = None
        self._located = False

    def __repr__(self):
        parts = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            parts.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            parts.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return 'ModuleSpec({})'.format(', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        mine = (self.name, self.loader, self.origin, self.cached,
                self.submodule_search_locations, self.has_location)
        theirs = (other.name, other.loader, other.origin, other.cached,
                  other.submodule_search_locations, other.has_location)
        return mine == theirs

    __hash__ = None

    @property
    def cached(self):
        # pycell writes no bytecode caches
        return self._cache_path

    @cached.setter
    def cached(self, value):
        self._cache_path = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._located

    @has_location.setter
    def has_location(self, value):
        self._located = bool(value)


def _run_source_in(module, source, filename):
    exec(compile(source, filename, 'exec'), module.__dict__)


class BuiltinImporter:
    """Finds and loads pycell's TypeScript modules (CPython's C built-ins)."""

    __module__ = '_frozen_importlib'  # where CPython defines it: reprs match

    _ORIGIN = 'built-in'

    def __init__(self):
        raise TypeError('BuiltinImporter is not meant to be instantiated')

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or _pycell_importlib.kind(fullname) != 'builtin':
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @classmethod
    def create_module(cls, spec):
        # a built-in module exists once: loading it again hands back that module
        __import__(spec.name)
        return sys.modules[spec.name]

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    """Finds and loads the standard library modules embedded in pycell."""

    __module__ = '_frozen_importlib'

    _ORIGIN = 'frozen'

    def __init__(self):
        raise TypeError('FrozenImporter is not meant to be instantiated')

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _pycell_importlib.kind(fullname) != 'frozen':
            return None
        found = _pycell_runpy.find(fullname, None)
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN, is_package=found[2])

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        source, filename, is_package, _ = _pycell_runpy.find(name, None)
        if is_package and not hasattr(module, '__path__'):
            module.__path__ = []
        _run_source_in(module, source, filename)

    @classmethod
    def get_source(cls, fullname):
        found = _pycell_runpy.find(fullname, None) if _pycell_importlib.kind(fullname) == 'frozen' else None
        if found is None:
            raise ImportError('No module named {!r}'.format(fullname), name=fullname)
        return found[0]

    @classmethod
    def get_code(cls, fullname):
        return compile(cls.get_source(fullname), '<frozen {}>'.format(fullname), 'exec')

    @classmethod
    def is_package(cls, fullname):
        found = _pycell_runpy.find(fullname, None) if _pycell_importlib.kind(fullname) == 'frozen' else None
        if found is None:
            raise ImportError('No module named {!r}'.format(fullname), name=fullname)
        return found[2]


class SourceFileLoader:
    """Loads a module from a .py file."""

    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check(self, name):
        if name is not None and name != self.name:
            raise ImportError('loader for {} cannot handle {}'.format(self.name, name), name=name)

    def get_filename(self, name=None):
        self._check(name)
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec')

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec')

    def is_package(self, fullname):
        stem = self.get_filename(fullname).replace('\\', '/').rpartition('/')[2]
        return stem.rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_loader, module_from_spec
        fullname = self.name if fullname is None else fullname
        module = sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec_from_loader(fullname, self, origin=self.path))
            sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


class PathFinder:
    """Finds .py modules and packages in sys.path (or a package's __path__)."""

    __module__ = '_frozen_importlib_external'

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os.path
        leaf = fullname.rpartition('.')[2]
        for entry in (sys.path if path is None else path):
            if not isinstance(entry, str):
                continue
            folder = os.path.join(entry, leaf)
            init = os.path.join(folder, '__init__.py')
            if os.path.isfile(init):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init)
                spec.submodule_search_locations = [folder]
                spec.has_location = True
                return spec
            file = os.path.join(entry, leaf + '.py')
            if os.path.isfile(file):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, file), origin=file)
                spec.has_location = True
                return spec
        return None


class SourcelessFileLoader:
    def __init__(self, fullname, path):
        raise NotImplementedError('SourcelessFileLoader is not supported by pycell (no bytecode files)')


class ExtensionFileLoader:
    def __init__(self, fullname, path):
        raise NotImplementedError('ExtensionFileLoader is not supported by pycell (no extension modules)')


class FileFinder:
    def __init__(self, path, *loader_details):
        raise NotImplementedError('FileFinder is not supported by pycell')


class NamespaceLoader:
    def __init__(self, name, path, path_finder):
        raise NotImplementedError('namespace packages are not supported by pycell')
