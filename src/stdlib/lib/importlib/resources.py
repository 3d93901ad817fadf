"""importlib.resources for pycell: data files of packages that live on disk, as
pathlib paths (from the importlib.resources documentation). The packages embedded in
pycell have no files: asking for theirs raises NotImplementedError."""

import contextlib
import pathlib
import warnings

__all__ = ['Package', 'Resource', 'as_file', 'contents', 'files', 'is_resource',
           'open_binary', 'open_text', 'path', 'read_binary', 'read_text']

Package = object
Resource = str


def _package(package):
    import importlib
    module = importlib.import_module(package) if isinstance(package, str) else package
    if getattr(module, '__path__', None) is None:
        raise TypeError('{!r} is not a package'.format(package))
    return module


def files(package):
    """A Traversable (here a pathlib.Path) for the package's folder."""
    module = _package(package)
    where = getattr(module, '__file__', None)
    if not isinstance(where, str) or where.startswith('<frozen'):
        raise NotImplementedError('importlib.resources of the embedded module {!r} is not '
                                  'supported by pycell'.format(module.__name__))
    return pathlib.Path(where).parent


@contextlib.contextmanager
def as_file(path):
    """A real file system path for a Traversable: a Path is one already; anything else
    is copied into a temporary file for the duration of the with block."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    import os
    import tempfile
    data = path.read_bytes()
    handle, name = tempfile.mkstemp(suffix=path.name)
    try:
        os.write(handle, data)
        os.close(handle)
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _legacy(name):
    warnings.warn('{} is deprecated. Use files() instead. Refer to https://importlib-resources'
                  '.readthedocs.io/en/latest/using.html#migrating-from-legacy for migration '
                  'advice.'.format(name), DeprecationWarning, stacklevel=3)


def open_binary(package, resource):
    _legacy('open_binary')
    return (files(package) / resource).open('rb')


def open_text(package, resource, encoding='utf-8', errors='strict'):
    _legacy('open_text')
    return (files(package) / resource).open('r', encoding=encoding, errors=errors)


def read_binary(package, resource):
    _legacy('read_binary')
    return (files(package) / resource).read_bytes()


def read_text(package, resource, encoding='utf-8', errors='strict'):
    _legacy('read_text')
    with open_text(package, resource, encoding, errors) as stream:
        return stream.read()


def path(package, resource):
    _legacy('path')
    return as_file(files(package) / resource)


def is_resource(package, name):
    _legacy('is_resource')
    return (files(package) / name).is_file()


def contents(package):
    _legacy('contents')
    return [child.name for child in files(package).iterdir()]


class ResourceReader:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('importlib.resources.ResourceReader is not supported by pycell')
