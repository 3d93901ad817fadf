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
def cleandoc(doc):
    """A docstring with tabs expanded, the indentation its lines after the first
    share removed, and leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    rest = [line for line in lines[1:] if line.strip()]
    margin = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)
def getdoc(object):
    """The object's docstring, cleaned up; for a class or routine without one,
    the docstring it inherits. None when there is none."""
    doc = getattr(object, '__doc__', None)
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is not builtins.object:
                doc = base.__dict__.get('__doc__')
                if doc is not None:
                    break
    if doc is None:
        owner = getattr(object, '__objclass__', None)
        name = getattr(object, '__name__', None)
        if owner is not None and name is not None:
            for base in owner.__mro__:
                candidate = getattr(base.__dict__.get(name), '__doc__', None)
                if candidate is not None:
                    doc = candidate
                    break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
def isabstract(obj):
    # CPython tests the type flag Py_TPFLAGS_IS_ABSTRACT, set while the class's
    # __abstractmethods__ is non-empty
    return isinstance(obj, type) and bool(getattr(obj, '__abstractmethods__', ()))
def ismodule(obj):
    return isinstance(obj, types.ModuleType)
def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)
def isgeneratorfunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_GENERATOR)
def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)
def iscoroutinefunction(obj):
    while ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_COROUTINE)
def ismethoddescriptor(obj):
    # the documented rule: not a class, function or method, and its type has
    # __get__ without __set__ (str.lower, int.__add__)
    if isinstance(obj, type) or isfunction(obj) or ismethod(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')
def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)

def getmembers(obj, predicate=None):
    results = []
    names = dir(obj)
    if isinstance(obj, type):
        # class attributes that dir() leaves out: DynamicClassAttribute-like
        # descriptors (enum.property) found in the MRO's dicts
        kinds = [types.DynamicClassAttribute]
        enum_mod = __import__('sys').modules.get('enum')
        if enum_mod is not None:
            kinds.append(enum_mod.property)
        kinds = tuple(kinds)
        for base in obj.__mro__:
            for k, v in base.__dict__.items():
                if isinstance(v, kinds) and k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(obj, key)
        except AttributeError:
            # a class attribute whose descriptor refuses class access (an
            # enum.property, DynamicClassAttribute): report the descriptor itself
            for base in (obj.__mro__ if isinstance(obj, type) else ()):
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
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


# -- signatures (written from the inspect documentation) ----------------------

class _empty:
    """Marks a parameter or return value without a default or annotation."""

class _void:
    pass

class _ParameterKind:
    # an int-valued enum member (pycell cannot subclass int yet)
    __slots__ = ("_value",)

    def __init__(self, value):
        self._value = int(value)

    def __int__(self):
        return self._value

    __index__ = __int__

    def __hash__(self):
        return hash(self._value)

    def __eq__(self, other):
        if isinstance(other, (_ParameterKind, int)):
            return self._value == int(other)
        return NotImplemented

    def __lt__(self, other):
        return self._value < int(other)

    def __le__(self, other):
        return self._value <= int(other)

    def __gt__(self, other):
        return self._value > int(other)

    def __ge__(self, other):
        return self._value >= int(other)

    _names = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL",
              "KEYWORD_ONLY", "VAR_KEYWORD")
    _descriptions = ("positional-only", "positional or keyword",
                     "variadic positional", "keyword-only", "variadic keyword")

    @property
    def name(self):
        return self._names[int(self)]

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._descriptions[int(self)]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return self.name

_POSITIONAL_ONLY = _ParameterKind(0)
_POSITIONAL_OR_KEYWORD = _ParameterKind(1)
_VAR_POSITIONAL = _ParameterKind(2)
_KEYWORD_ONLY = _ParameterKind(3)
_VAR_KEYWORD = _ParameterKind(4)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if not isinstance(kind, (int, _ParameterKind)) or int(kind) not in (0, 1, 2, 3, 4):
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        self._kind = _ParameterKind(kind)
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        out = self._name
        if self._annotation is not _empty:
            out = "{}: {}".format(out, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = " = " if self._annotation is not _empty else "="
            out = "{}{}{}".format(out, sep, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            out = "*" + out
        elif self._kind == _VAR_KEYWORD:
            out = "**" + out
        return out

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class Signature:
    __slots__ = ("_parameters", "_return_annotation")
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = {}
        if parameters is not None:
            for p in parameters:
                if p.name in params:
                    raise ValueError("duplicate parameter name: {!r}".format(p.name))
                params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return types.MappingProxyType(self._parameters) if hasattr(types, "MappingProxyType") else dict(self._parameters)

    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(list(self._parameters.values()) if parameters is _void else parameters,
                          return_annotation=self._return_annotation if return_annotation is _void else return_annotation)

    def __str__(self):
        parts = []
        slash = False
        star = True
        for p in self._parameters.values():
            if p.kind == _POSITIONAL_ONLY:
                slash = True
            elif slash:
                parts.append("/")
                slash = False
            if p.kind == _VAR_POSITIONAL:
                star = False
            elif p.kind == _KEYWORD_ONLY and star:
                parts.append("*")
                star = False
            parts.append(str(p))
        if slash:
            parts.append("/")
        out = "({})".format(", ".join(parts))
        if self._return_annotation is not _empty:
            out += " -> {}".format(formatannotation(self._return_annotation))
        return out

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _function_signature(func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=ann.get(names[i], _empty)))
    i = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[i]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=ann.get(name, _empty)))
        i += 1
    for j in range(npos, npos + nkw):
        name = names[j]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=ann.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[i]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=ann.get(name, _empty)))
    return Signature(params, return_annotation=ann.get("return", _empty))


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(func))
    return func


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_POSITIONAL, _VAR_KEYWORD, _KEYWORD_ONLY):
        return sig
    return sig.replace(parameters=params[1:])


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if ismethod(obj):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
        return sig
    if isfunction(obj):
        return _function_signature(obj)
    partial = getattr(obj, "func", None)
    if partial is not None and hasattr(obj, "args") and hasattr(obj, "keywords"):
        sig = signature(partial)
        params = list(sig.parameters.values())[len(obj.args):]
        out = []
        for p in params:
            if p.name in obj.keywords:
                p = p.replace(default=obj.keywords[p.name], kind=_KEYWORD_ONLY)
            out.append(p)
        return sig.replace(parameters=out)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            meth = getattr(obj, name, None)
            if isfunction(meth):
                return _drop_first(_function_signature(meth))
        raise ValueError("no signature found for builtin type {!r}".format(obj))
    call = getattr(type(obj), "__call__", None)
    if isfunction(call):
        return _drop_first(_function_signature(call))
    raise ValueError("no signature found for {!r}".format(obj))

# ---- coroutines and frames (async-frames helper) ----
import sys as _sys
import _pycell_async
from _pycell_inspect_source import (getfile, getsourcefile, getmodule, findsource, getblock,
                                    getsourcelines, getsource, getcomments, indentsize)
for _f in (getfile, getsourcefile, getmodule, findsource, getblock, getsourcelines, getsource, getcomments, indentsize):
    _f.__module__ = 'inspect'
del _f
from _pycell_inspect_bind import install as _install_bind
BoundArguments = _install_bind(Signature)
del _install_bind
from _pycell_inspect_more import (getmro, getattr_static, getmembers_static, getfullargspec, FullArgSpec,
                                  getargvalues, ArgInfo, get_annotations, isdatadescriptor,
                                  ismemberdescriptor, isgetsetdescriptor, ismethodwrapper,
                                  getmodulename, getabsfile)
for _f in (getmro, getattr_static, getmembers_static, getfullargspec, FullArgSpec, getargvalues, ArgInfo,
           get_annotations, isdatadescriptor, ismemberdescriptor, isgetsetdescriptor, ismethodwrapper,
           getmodulename, getabsfile):
    _f.__module__ = 'inspect'
del _f

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'
CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

def _run_state(running, suspended, frame, names):
    # names: (created, running, suspended, closed); no frame left means finished
    if running:
        return names[1]
    if suspended:
        return names[2]
    if frame is None:
        return names[3]
    return names[0]

def getgeneratorstate(generator):
    """The state of a generator: GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))

def getcoroutinestate(coroutine):
    """The state of a coroutine: CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))

def getgeneratorlocals(generator):
    """The local variables of a suspended generator (empty once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}

def iscoroutine(obj):
    return _pycell_async.iscoroutine(obj)
def isasyncgen(obj):
    return _pycell_async.isasyncgen(obj)
def isasyncgenfunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & CO_ASYNC_GENERATOR)
def isawaitable(obj):
    return (iscoroutine(obj)
            or (isgenerator(obj) and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE))
            or hasattr(type(obj), '__await__'))
def isframe(obj):
    return isinstance(obj, _pycell_async.FrameType)
def iscode(obj):
    return isinstance(obj, types.CodeType)
def istraceback(obj):
    return isinstance(obj, types.TracebackType)

def currentframe():
    """The caller's frame."""
    return _sys._getframe(1)

class Traceback(tuple):
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        self.positions = positions
        return self
    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])
    def __repr__(self):
        return ('Traceback(filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, positions=%r)'
                % (self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))

class FrameInfo(tuple):
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        self = tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))
        self.positions = positions
        return self
    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])
    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, index=%r, positions=%r)'
                % (self.frame, self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))

def _source_lines(filename, lineno, context):
    import _pycell_tb
    if context <= 0:
        return None, None
    start = max(lineno - 1 - context // 2, 0)
    lines = []
    for n in range(start + 1, start + context + 1):
        text = _pycell_tb.source_line(filename, n)
        if text is None:
            break
        lines.append(text + '\n')
    if not lines:
        return None, None
    return lines, lineno - 1 - start

def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    lines, index = _source_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)

def getlineno(frame):
    return frame.f_lineno

def getouterframes(frame, context=1):
    out = []
    while frame:
        info = getframeinfo(frame, context)
        out.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return out

def getinnerframes(tb, context=1):
    out = []
    while tb:
        info = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return out

def stack(context=1):
    return getouterframes(_sys._getframe(1), context)

def trace(context=1):
    return getinnerframes(_sys.exc_info()[2], context)
`);
