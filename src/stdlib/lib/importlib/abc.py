"""importlib.abc for pycell: the abstract bases of finders and loaders, from the
importlib documentation. The concrete importers in importlib.machinery register
with them."""

import abc
from importlib import machinery


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for sys.meta_path."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of sys.path."""

    def invalidate_caches(self):
        pass


class Loader(metaclass=abc.ABCMeta):
    """Creates and runs modules."""

    def create_module(self, spec):
        return None

    def load_module(self, fullname):
        # the old protocol, on top of exec_module
        runner = getattr(self, 'exec_module', None)
        if runner is None:
            raise ImportError
        import sys
        from importlib.util import spec_from_loader, module_from_spec
        mod = module_from_spec(spec_from_loader(fullname, self))
        sys.modules[fullname] = mod
        runner(mod)
        return sys.modules.get(fullname, mod)


class ResourceLoader(Loader):
    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        return self.source_to_code(text) if text is not None else None

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path='<string>'):
        return compile(data, path, mode='exec', dont_inherit=True)

    def exec_module(self, module):
        compiled = self.get_code(module.__name__)
        if compiled is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'
                              .format(module.__name__))
        exec(compiled, vars(module))


class ExecutionLoader(InspectLoader):
    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        text = self.get_source(fullname)
        if text is None:
            return None
        try:
            return self.source_to_code(text, self.get_filename(fullname))
        except ImportError:
            return self.source_to_code(text)


class FileLoader(ResourceLoader, ExecutionLoader):
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()


class SourceLoader(ResourceLoader, ExecutionLoader):
    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return dict(mtime=self.path_mtime(path))

    def set_data(self, path, data):
        pass

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))


for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter, machinery.PathFinder):
    MetaPathFinder.register(_cls)
for _cls in (machinery.BuiltinImporter, machinery.FrozenImporter):
    InspectLoader.register(_cls)
ExecutionLoader.register(machinery.SourceFileLoader)
del _cls
