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

class _GeneratorWrapper:
    """What types.coroutine() gives for a function returning a generator-like object:
    awaitable, and otherwise a transparent proxy for that object."""
    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = type(gen) is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)
    def send(self, value):
        return self.__wrapped.send(value)
    def throw(self, typ, *more):
        # passed on exactly as given: a duck-typed generator sees no added None
        return self.__wrapped.throw(typ, *more)
    def close(self):
        return self.__wrapped.close()
    @property
    def gi_code(self):
        return self.__wrapped.gi_code
    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame
    @property
    def gi_running(self):
        return self.__wrapped.gi_running
    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom
    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom
    def __next__(self):
        return next(self.__wrapped)
    def __iter__(self):
        # a real generator is handed out itself; a duck-typed one stays wrapped
        return self.__wrapped if self.__isgen else self
    __await__ = __iter__

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
    import functools
    import _collections_abc
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        res = func(*args, **kwargs)
        if type(res) is CoroutineType:
            return res
        if type(res) is GeneratorType:
            if res.gi_code.co_flags & 0x100:
                return res
            return _GeneratorWrapper(res)
        if isinstance(res, _collections_abc.Generator) and not isinstance(res, _collections_abc.Coroutine):
            return _GeneratorWrapper(res)
        return res
    return wrapped

class SimpleNamespace:
    def __init__(self, /, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)
    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        # a namespace inside itself shows as name(...) (namespaceobject.c namespace_repr)
        key = id(self)
        if key in _ns_repr_active:
            return name + "(...)"
        _ns_repr_active.add(key)
        try:
            items = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        finally:
            _ns_repr_active.discard(key)
        return f"{name}({', '.join(items)})"
    def __eq__(self, other):
        # the real types, not __class__ (PyObject_TypeCheck)
        if issubclass(type(self), SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented
    def __reduce__(self):
        return (type(self), (), self.__dict__)

_ns_repr_active = set()

# MappingProxyType, DynamicClassAttribute, new_class/prepare_class/resolve_bases and
# the descriptor type names: src/stdlib/lib/_pycell_typesx.py
from _pycell_typesx import (MappingProxyType, DynamicClassAttribute, GenericAlias, UnionType,
    new_class, prepare_class, resolve_bases, WrapperDescriptorType, MethodWrapperType,
    MethodDescriptorType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType)

del sys, _f, _cell_factory, _g, _C
`);
