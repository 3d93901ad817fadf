// types, written in Python.
import { pythonModule } from "./py-module.js";

pythonModule("types", String.raw`
import sys

def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())
def _g():
    yield 1
GeneratorType = type(_g())
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
from _pycell_async import CoroutineType, AsyncGeneratorType, FrameType, mark_iterable_coroutine as _mark_ic
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)

def coroutine(func):
    """Make a generator function's generators awaitable (PEP 492 types.coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    co = getattr(func, '__code__', None)
    if type(func) is FunctionType and co is not None:
        if co.co_flags & 0x180:
            return func          # already a coroutine function / marked
        if co.co_flags & 0x20:
            _mark_ic(co)
            return func
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', 'wrapped')
    return wrapped

class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)
    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

# MappingProxyType, DynamicClassAttribute, new_class/prepare_class/resolve_bases and
# the descriptor type names: src/stdlib/lib/_pycell_typesx.py
from _pycell_typesx import (MappingProxyType, DynamicClassAttribute, GenericAlias, UnionType,
    new_class, prepare_class, resolve_bases, WrapperDescriptorType, MethodWrapperType,
    MethodDescriptorType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType)

del sys, _f, _cell_factory, _g, _C
`);
