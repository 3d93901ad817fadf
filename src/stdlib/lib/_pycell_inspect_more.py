"""More of pycell's inspect: getmro, getattr_static, getmembers_static,
getfullargspec, getargvalues, get_annotations, the descriptor predicates,
getmodulename and getabsfile.

Written from the inspect documentation and black-box runs of CPython 3.11.
"""

import sys
import types
from collections import namedtuple

FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")
ArgInfo = namedtuple("ArgInfo", "args varargs keywords locals")
_missing = object()


def getmro(cls):
    """The class's method resolution order, a tuple."""
    return cls.__mro__


def _own_dict(obj):
    try:
        return object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return {}


def _search_mro(klass, attr):
    try:
        order = type.__dict__["__mro__"].__get__(klass)
    except (KeyError, TypeError, AttributeError):
        order = klass.__mro__
    for entry in order:
        space = vars(entry)
        if attr in space:
            return space[attr]
    return _missing


def _is_data_descriptor(value):
    kind = type(value)
    return hasattr(kind, "__set__") or hasattr(kind, "__delete__")


def getattr_static(obj, attr, default=_missing):
    """The attribute as stored (no descriptor, __getattr__ or __getattribute__
    runs): from the instance dict, else the class's MRO; for a class, its own MRO
    then its metaclass's."""
    if isinstance(obj, type):
        found = _search_mro(obj, attr)
        if found is _missing:
            meta_found = _search_mro(type(obj), attr)
            if meta_found is not _missing:
                found = meta_found
    else:
        found = _search_mro(type(obj), attr)
        own = _own_dict(obj)
        if isinstance(own, dict) and attr in own and not (found is not _missing and _is_data_descriptor(found)):
            found = own[attr]
    if found is not _missing:
        return found
    if default is not _missing:
        return default
    raise AttributeError(attr)


def getmembers_static(obj, predicate=None):
    """(name, value) pairs like getmembers(), read with getattr_static."""
    names = set(dir(obj))
    pairs = []
    for name in sorted(names):
        try:
            value = getattr_static(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            pairs.append((name, value))
    return pairs


def getfullargspec(func):
    """The names and defaults of a callable's parameters, old style: bound
    methods keep their first parameter, __wrapped__ is not followed."""
    import inspect
    try:
        target = func.__func__ if isinstance(func, types.MethodType) else func
        if isinstance(target, type):
            # a class: its __init__ (else __new__), self included
            for name in ("__init__", "__new__"):
                hook = getattr(target, name, None)
                if isinstance(hook, types.FunctionType):
                    target = hook
                    break
        sig = inspect.signature(target, follow_wrapped=False)
    except Exception as exc:
        raise TypeError("unsupported callable") from exc
    args, kwonly = [], []
    varargs = varkw = None
    defaults, kwdefaults, annotations = [], {}, {}
    empty = inspect.Parameter.empty
    if sig.return_annotation is not empty:
        annotations["return"] = sig.return_annotation  # listed first, as CPython does
    for p in sig.parameters.values():
        kind = int(p.kind)
        if p.annotation is not empty:
            annotations[p.name] = p.annotation
        if kind <= 1:
            args.append(p.name)
            if p.default is not empty:
                defaults.append(p.default)
        elif kind == 2:
            varargs = p.name
        elif kind == 3:
            kwonly.append(p.name)
            if p.default is not empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    varargs = varkw = None
    if code.co_flags & 0x4:
        varargs = code.co_varnames[count]
        count += 1
    if code.co_flags & 0x8:
        varkw = code.co_varnames[count]
    return ArgInfo(names, varargs, varkw, frame.f_locals)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of the annotations of a class, module or callable."""
    if isinstance(obj, type):
        found = obj.__dict__.get("__annotations__", None)
        owner_globals = getattr(sys.modules.get(obj.__module__, None), "__dict__", None)
        owner_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, "__annotations__", None)
        owner_globals = owner_locals = None
        unwrapped = obj
    elif callable(obj):
        found = getattr(obj, "__annotations__", None)
        owner_globals = getattr(obj, "__globals__", None)
        owner_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f"{unwrapped!r}.__annotations__ is neither a dict nor None")
    result = dict(found)
    if eval_str:
        scope_globals = owner_globals if globals is None else globals
        scope_locals = owner_locals if locals is None else locals
        result = {key: eval(value, scope_globals, scope_locals) if isinstance(value, str) else value
                  for key, value in result.items()}
    return result


def isdatadescriptor(object):
    """True for objects whose type defines __set__ or __delete__ (not classes,
    methods or functions)."""
    if isinstance(object, (type, types.MethodType, types.FunctionType)):
        return False
    return _is_data_descriptor(object)


def ismemberdescriptor(object):
    kind = getattr(types, "MemberDescriptorType", None)
    return kind is not None and isinstance(object, kind)


def isgetsetdescriptor(object):
    kind = getattr(types, "GetSetDescriptorType", None)
    return kind is not None and isinstance(object, kind)


def ismethodwrapper(object):
    kind = getattr(types, "MethodWrapperType", None)
    return kind is not None and isinstance(object, kind)


_SUFFIXES = (".py", ".pyc", ".pyw", ".so", ".pyd")


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    import os
    base = os.path.basename(path)
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if base.endswith(suffix):
            return base[:-len(suffix)]
    return None


def getabsfile(object, _filename=None):
    import os
    import inspect
    name = _filename or inspect.getsourcefile(object) or inspect.getfile(object)
    return os.path.normcase(os.path.abspath(name))
