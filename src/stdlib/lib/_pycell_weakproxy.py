"""weakref.proxy for pycell: objects that stand for a weakly referenced object.

Written from the weakref documentation ("weakref.proxy", "ProxyType",
"CallableProxyType") and black-box runs of python3. A proxy forwards attribute
access, calls, operators and the container protocol to its referent; once the
referent is gone every use raises ReferenceError. Operands that are proxies
themselves are replaced by their referents first, as CPython's proxies do.

pycell's referents stay alive for the rest of a run (see the note at the top of
src/stdlib/weakref.ts and docs/differences.md), so a program sees a proxy die
only where the host collects between jobs.
"""

import operator as _op
from _weakref import ref as _ref

_GONE = "weakly-referenced object no longer exists"
_raw_get = object.__getattribute__
_raw_set = object.__setattr__


def _referent(proxy):
    found = _raw_get(proxy, "_pycell_ref")()
    if found is None:
        raise ReferenceError(_GONE)
    return found


def _plain(value):
    """A proxy operand is replaced by the object it stands for."""
    # type(), not isinstance(): a proxy reports its referent's __class__
    if issubclass(type(value), _Proxy):
        return _referent(value)
    return value


def _binary(fn):
    def forward(self, other):
        return fn(_referent(self), _plain(other))
    return forward


def _swapped(fn):
    def forward(self, other):
        return fn(_plain(other), _referent(self))
    return forward


def _unary(fn):
    def forward(self):
        return fn(_referent(self))
    return forward


def _power(self, other, modulo=None):
    if modulo is None:
        return pow(_referent(self), _plain(other))
    return pow(_referent(self), _plain(other), _plain(modulo))


def _rpower(self, other, modulo=None):
    return pow(_plain(other), _referent(self))


class _Proxy:
    """What ProxyType and CallableProxyType share."""

    __slots__ = ("_pycell_ref",)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        target = _raw_get(self, "_pycell_ref")()
        if target is None:
            return "<weakproxy at %#014x; dead>" % id(self)
        return "<weakproxy at %#014x to %s at %#014x>" % (
            id(self), type(target).__name__, id(target))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __dir__(self):
        return dir(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        target = _referent(self)
        if not hasattr(type(target), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(target).__name__)
        return next(target)

    def __reversed__(self):
        return reversed(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    __pow__ = _power
    __rpow__ = _rpower
    __divmod__ = _binary(divmod)
    __rdivmod__ = _swapped(divmod)

    __ipow__ = _binary(_op.ipow)


# the binary operators, their reflections and in-place forms
for _name, _fn, _ifn in (
        ("add", _op.add, _op.iadd), ("sub", _op.sub, _op.isub),
        ("mul", _op.mul, _op.imul), ("matmul", _op.matmul, _op.imatmul),
        ("truediv", _op.truediv, _op.itruediv),
        ("floordiv", _op.floordiv, _op.ifloordiv), ("mod", _op.mod, _op.imod),
        ("lshift", _op.lshift, _op.ilshift), ("rshift", _op.rshift, _op.irshift),
        ("and", _op.and_, _op.iand), ("or", _op.or_, _op.ior),
        ("xor", _op.xor, _op.ixor)):
    setattr(_Proxy, "__%s__" % _name, _binary(_fn))
    setattr(_Proxy, "__r%s__" % _name, _swapped(_fn))
    # in place, the result is the referent's (not the proxy), as in CPython
    setattr(_Proxy, "__i%s__" % _name, _binary(_ifn))

# the comparisons (__hash__ is defined in the class body, so __eq__ leaves it be)
for _name in ("lt", "le", "eq", "ne", "gt", "ge"):
    setattr(_Proxy, "__%s__" % _name, _binary(getattr(_op, _name)))

for _name, _fn in (("neg", _op.neg), ("pos", _op.pos), ("abs", abs),
                   ("invert", _op.invert), ("int", int), ("float", float),
                   ("index", _op.index)):
    setattr(_Proxy, "__%s__" % _name, _unary(_fn))

del _name, _fn, _ifn


class ProxyType(_Proxy):
    __slots__ = ()
    __module__ = "weakref"


class CallableProxyType(_Proxy):
    __slots__ = ()
    __module__ = "weakref"

    def __call__(self, /, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


# proxies made without a callback are shared, one per referent (by id, checked
# against the referent so that a reused id is not mistaken for it)
_shared = {}


def proxy(*args, **kwargs):
    """Return a proxy to object which uses a weak reference."""
    if kwargs:
        raise TypeError("_weakref.proxy() takes no keyword arguments")
    if not args:
        raise TypeError("proxy expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("proxy expected at most 2 arguments, got %d" % len(args))
    object = args[0]
    callback = args[1] if len(args) > 1 else None
    shared = callback is None
    if shared:
        known = _shared.get(id(object))
        if known is not None and known[0]() is object:
            return known[1]
    kind = CallableProxyType if callable(object) else ProxyType
    made = _Proxy.__new__(kind)
    if callback is None:
        link = _ref(object)
    else:
        link = _ref(object, lambda _dead: callback(made))
    _raw_set(made, "_pycell_ref", link)
    if shared:
        _shared[id(object)] = (link, made)
    return made
