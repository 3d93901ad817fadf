"""Shallow and deep copy operations, written for pycell from the documentation
of CPython's copy module.

copy(x) and deepcopy(x) use, in order: the built-in rules for atomic values and
the built-in containers, x's class's __copy__/__deepcopy__, then the pickle
protocol: a reduction function from copyreg.dispatch_table, or x.__reduce_ex__(4)
(object's default gives cls.__new__ with __getnewargs[_ex]__, then the state:
__getstate__, restored with __setstate__ or attribute updates).
"""

import types as _types
import copyreg as _copyreg

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
try:
    import weakref as _weakref
    _ATOMIC.add(_weakref.ref)
except ImportError:
    pass
# copy() also keeps immutable containers and slices.
_SHALLOW_ATOMIC = _ATOMIC | {tuple, frozenset, slice}



def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _SHALLOW_ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    shallow = _lookup(cls, "__copy__")
    if shallow is not None:
        return shallow(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
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
        for k in x:
            y[deepcopy(k, memo)] = deepcopy(x[k], memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        deep_copier = _lookup(x, "__deepcopy__")
        if deep_copier is not None and not isinstance(x, type):
            y = deep_copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
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


def _reduce(x, cls, failure):
    """x's reduction: a function registered in copyreg.dispatch_table for its
    class, else x.__reduce_ex__(4), else x.__reduce__() (looked up on x, so a
    __getattribute__ can hide them)."""
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    with_protocol = _lookup(x, "__reduce_ex__")
    if with_protocol is not None:
        return with_protocol(4)
    plain = _lookup(x, "__reduce__")
    if plain is not None:
        return plain()
    raise Error(failure % cls)


def _lookup(obj, name):
    return getattr(obj, name, None)


def _rebuild(x, memo, func, args, state=None, list_items=None, dict_items=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        _restore(y, deepcopy(state, memo) if deep else state)

    if list_items is not None:
        if deep:
            for item in list_items:
                y.append(deepcopy(item, memo))
        else:
            for item in list_items:
                y.append(item)
    if dict_items is not None:
        for pair in dict_items:
            if deep:
                pair = deepcopy(pair, memo)
            y[pair[0]] = pair[1]
    return y


def _restore(y, state):
    """Give the new object its state: __setstate__, else (dict, slots) or a
    dict of attributes (the pickle BUILD rule)."""
    setter = _lookup(y, "__setstate__")
    if setter is not None:
        setter(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for name in slots:
            setattr(y, name, slots[name])


del _name, _t
