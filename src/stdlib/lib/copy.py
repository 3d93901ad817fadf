"""Shallow and deep copy operations, written for pycell from the documentation
of CPython's copy module.

copy(x) and deepcopy(x) use, in order: x's class's __copy__/__deepcopy__, the
built-in rules for atomic values and the built-in containers, a class's own
__reduce_ex__/__reduce__, and otherwise the default pickle protocol for
instances (cls.__new__ with __getnewargs[_ex]__, then the state: __getstate__
or __dict__ plus __slots__, restored with __setstate__ or attribute updates).
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _generator():
    yield


# Values copy() and deepcopy() return unchanged.
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), property,
           _types.BuiltinFunctionType, _types.FunctionType}
for _name in ('CodeType', 'MethodDescriptorType', 'WrapperDescriptorType'):
    _t = getattr(_types, _name, None)
    if _t is not None:
        _ATOMIC.add(_t)
# copy() also keeps immutable containers and slices.
_SHALLOW_ATOMIC = _ATOMIC | {tuple, frozenset, slice}

_object_reduce_ex = object.__dict__.get('__reduce_ex__')
_object_reduce = object.__dict__.get('__reduce__')
_object_getstate = object.__dict__.get('__getstate__')


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _rebuild(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        parts = [deepcopy(a, memo) for a in x]
        # a tuple that got into the memo while copying its items is a cycle
        if d in memo:
            return memo[d]
        y = x
        for k, j in zip(x, parts):
            if k is not j:
                y = tuple(parts)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                return x
            y = _rebuild(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _pin(x, memo)
    return y


def _pin(x, memo):
    """Keep x alive as long as the memo (its id is a key there)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """x's reduce tuple: its class's own __reduce_ex__/__reduce__, or the
    default protocol-4 reduction for instances of Python classes."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    return _default_reduce(x, cls)


def _default_reduce(x, cls):
    # the pickle protocol only knows how to rebuild instances of Python classes
    # (and of their built-in bases: list, dict, tuple... subclasses)
    if cls is not object and not _is_heap(cls):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args, kwargs = (), None
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
    elif hasattr(x, '__getnewargs__'):
        args = x.__getnewargs__()
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_new_with_kwargs, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _is_heap(cls):
    # only classes made by a class statement (or type()) have __module__ in
    # their own namespace; the built-in types answer 'builtins'
    return '__module__' in cls.__dict__ and cls.__module__ != 'builtins' or any(
        '__module__' in k.__dict__ and k.__module__ != 'builtins' for k in cls.__mro__[:-1])


def _default_state(x, cls):
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _rebuild(x, memo, func, args, state=None, list_items=None, dict_items=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_state = state
            else:
                slot_state = None
            if state is not None:
                y.__dict__.update(state)
            if slot_state is not None:
                for key, value in slot_state.items():
                    setattr(y, key, value)

    if list_items is not None:
        if deep:
            for item in list_items:
                y.append(deepcopy(item, memo))
        else:
            for item in list_items:
                y.append(item)
    if dict_items is not None:
        if deep:
            for key, value in dict_items:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dict_items:
                y[key] = value
    return y


del _name, _t
