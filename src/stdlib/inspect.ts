// inspect (a small part), written in Python.
import { pythonModule } from "./py-module.js";

pythonModule("inspect", String.raw`
import builtins, types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

def isfunction(obj):
    return isinstance(obj, types.FunctionType)
def ismethod(obj):
    return isinstance(obj, types.MethodType)
def isclass(obj):
    return isinstance(obj, type)
def ismodule(obj):
    return isinstance(obj, types.ModuleType)
def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)
def isgeneratorfunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)
def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)
def iscoroutinefunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_COROUTINE)
def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)

def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results

class ClosureVars(tuple):
    def __new__(cls, nonlocals, globals, builtins, unbound):
        self = tuple.__new__(cls, (nonlocals, globals, builtins, unbound))
        return self

class _ClosureVars:
    def __init__(self, nonlocals, globals, builtins, unbound):
        self.nonlocals = nonlocals
        self.globals = globals
        self.builtins = builtins
        self.unbound = unbound
    def __repr__(self):
        return f"ClosureVars(nonlocals={self.nonlocals!r}, globals={self.globals!r}, builtins={self.builtins!r}, unbound={self.unbound!r})"
    def __iter__(self):
        return iter((self.nonlocals, self.globals, self.builtins, self.unbound))

def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError(f"{func!r} is not a Python function")
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return _ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)
`);
