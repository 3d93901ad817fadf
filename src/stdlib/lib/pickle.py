"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Misc variables:

    __version__
    format_version
    compatible_formats

"""

# pycell's pickle, written from the documentation of the pickle module and the
# format PEPs (307, 3154, 574). The pickler lives in _pycell_pickle_save, the
# unpickler in _pycell_pickle_load, the opcodes in _pycell_pickle_ops.

from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import sys
from _pycell_pickle_ops import *
from _pycell_pickle_save import (PickleError, PicklingError, UnpicklingError,
                                 Pickler, HIGHEST_PROTOCOL, DEFAULT_PROTOCOL,
                                 encode_long, whichmodule, _getattribute)
from _pycell_pickle_load import Unpickler, decode_long
import _pycell_pickle_save as _save

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT",
           "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8",
           "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET",
           "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX",
           "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP",
           "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM",
           "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
__version__ = format_version


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers (PEP 574)."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return memoryview(self._view)

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


_save._ENCODERS[PickleBuffer] = _save._enc_picklebuffer


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    out = []
    f = _ChunkWriter()
    f.write = out.append
    Pickler(f, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return b''.join(out)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read and return an object from the given pickle data."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = _BytesReader(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


class _ChunkWriter:
    """dumps() collects the chunks in a list (write is set per call)."""


class _BytesReader:
    """A minimal read-only file over bytes for loads() (cheaper than BytesIO)."""

    def __init__(self, data):
        self._data = bytes(data)
        self._pos = 0

    def read(self, n=-1):
        pos = self._pos
        if n < 0:
            end = len(self._data)
        else:
            end = min(pos + n, len(self._data))
        self._pos = end
        return self._data[pos:end]

    def readline(self):
        pos = self._pos
        end = self._data.find(b'\n', pos)
        end = len(self._data) if end < 0 else end + 1
        self._pos = end
        return self._data[pos:end]


# CPython's classes and functions come from its C accelerator _pickle and say so
# (pycell's _pickle module re-exports these)
for _obj in (Pickler, Unpickler, PickleError, PicklingError, UnpicklingError,
             dump, dumps, load, loads):
    _obj.__module__ = '_pickle'
del _obj

# CPython's C accelerator's names for the same classes and functions
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
