"""Higher-order functions and operations on callables, written for pycell from the
documentation of the functools module (docs.python.org/3.11/library/functools.html).

Everything here is plain Python: pycell has no _functools accelerator module.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

GenericAlias = type(list[int])
# shared by the classes below: C[X] gives a types.GenericAlias
_subscriptable = classmethod(GenericAlias)

# sentinel for "argument not given" / "key not present"
_ABSENT = object()


# -- wrapper metadata ---------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the `assigned` attributes, merge the
    `updated` mappings, and point __wrapped__ at the original."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped.__dict__ is replaced
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper()."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# -- total_ordering -------------------------------------------------------------------
#
# From one ordering method (the "root") the other three follow, each expressed with
# the root and ==. A root answering NotImplemented makes the derived method answer
# NotImplemented too, so that Python tries the reflected operation.

def _negated(value):
    return value if value is NotImplemented else not value


def _gt_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other


def _le_from_lt(self, other):
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other


def _ge_from_lt(self, other):
    return _negated(type(self).__lt__(self, other))


def _ge_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return not at_most or self == other


def _lt_from_le(self, other):
    at_most = type(self).__le__(self, other)
    if at_most is NotImplemented:
        return at_most
    return at_most and self != other


def _gt_from_le(self, other):
    return _negated(type(self).__le__(self, other))


def _lt_from_gt(self, other):
    more = type(self).__gt__(self, other)
    if more is NotImplemented:
        return more
    return not more and self != other


def _ge_from_gt(self, other):
    more = type(self).__gt__(self, other)
    if more is NotImplemented:
        return more
    return more or self == other


def _le_from_gt(self, other):
    return _negated(type(self).__gt__(self, other))


def _le_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return not at_least or self == other


def _gt_from_ge(self, other):
    at_least = type(self).__ge__(self, other)
    if at_least is NotImplemented:
        return at_least
    return at_least and self != other


def _lt_from_ge(self, other):
    return _negated(type(self).__ge__(self, other))


# root -> the three methods it provides; the roots are listed in order of
# preference when a class defines several of them
_ORDERING_RECIPES = (
    ('__lt__', (('__gt__', _gt_from_lt), ('__le__', _le_from_lt),
                ('__ge__', _ge_from_lt))),
    ('__le__', (('__ge__', _ge_from_le), ('__lt__', _lt_from_le),
                ('__gt__', _gt_from_le))),
    ('__gt__', (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt),
                ('__le__', _le_from_gt))),
    ('__ge__', (('__le__', _le_from_ge), ('__gt__', _gt_from_ge),
                ('__lt__', _lt_from_ge))),
)


def total_ordering(cls):
    """Class decorator filling in the missing rich comparison methods."""
    # a method counts as defined when it is not object's default one
    present = [op for op, _ in _ORDERING_RECIPES
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for op, recipes in _ORDERING_RECIPES:
        if op in present:
            for name, func in recipes:
                if name not in present:
                    # the module-level function itself is installed (so that it
                    # pickles by reference), renamed for the slot it fills
                    func.__name__ = name
                    setattr(cls, name, func)
            break
    return cls


def __getattr__(name):
    # RLock (CPython imports it from _thread) comes from threading on first use:
    # importing threading costs more than functools itself
    if name == "RLock":
        from threading import RLock
        globals()["RLock"] = RLock
        return RLock
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The C-accelerator module _functools (src/stdlib/functools-native.ts) replaces
# cmp_to_key, reduce, partial and _lru_cache_wrapper below, as in CPython;
# import_fresh_module('functools', blocked=['_functools']) keeps the Python ones.

# -- cmp_to_key -----------------------------------------------------------------------

def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""

    compare = mycmp

    def outcome(a, b):
        # comparing with anything but another key is refused, as CPython does
        try:
            theirs = b.obj
        except AttributeError:
            raise TypeError("other argument must be K instance") from None
        return compare(a.obj, theirs)

    class K(object):
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return outcome(self, other) < 0

        def __gt__(self, other):
            return outcome(self, other) > 0

        def __eq__(self, other):
            return outcome(self, other) == 0

        def __le__(self, other):
            return outcome(self, other) <= 0

        def __ge__(self, other):
            return outcome(self, other) >= 0

        __hash__ = None

    return K


try:
    from _functools import cmp_to_key
except ImportError:
    pass


# -- reduce ---------------------------------------------------------------------------

def reduce(function, sequence, initial=_ABSENT, /):
    """Fold the items of an iterable from the left with a two-argument function."""
    items = iter(sequence)
    if initial is _ABSENT:
        for first in items:
            total = first
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        total = initial
    for item in items:
        total = function(total, item)
    return total


try:
    from _functools import reduce
except ImportError:
    pass


# -- partial --------------------------------------------------------------------------

# ids of partial objects whose repr is being computed (to show recursion as ...)
_repr_in_progress = set()


def _merged(first, second):
    """A new dict of first's items updated with second's."""
    both = dict(first)
    both.update(second)
    return both


def _call_text(head, args, keywords):
    parts = [head]
    parts.extend(repr(a) for a in args)
    parts.extend(f"{k}={v!r}" for k, v in keywords.items())
    return ", ".join(parts)


class partial:
    """A callable that calls func with some arguments already supplied."""

    __slots__ = ("func", "args", "keywords", "__weakref__", "__dict__")

    def __new__(cls, func=_ABSENT, /, *args, **keywords):
        if func is _ABSENT:
            raise TypeError("type 'partial' takes at least one argument")
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # a partial inside another (of any subclass) is flattened into one level
        if isinstance(func, partial):
            inner = func
            func, args = inner.func, inner.args + args
            keywords = _merged(inner.keywords, keywords)
        made = object.__new__(cls)
        made.func, made.args, made.keywords = func, args, keywords
        return made

    def __call__(self, /, *args, **keywords):
        if keywords:
            keywords = _merged(self.keywords, keywords)
        else:
            keywords = self.keywords
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        # CPython shows the module only for partial itself, not for subclasses
        kind = type(self)
        head = "functools.partial" if kind is partial else kind.__name__
        key = id(self)
        if key in _repr_in_progress:
            return "..."
        _repr_in_progress.add(key)
        try:
            inner = _call_text(repr(self.func), self.args, self.keywords)
        finally:
            _repr_in_progress.discard(key)
        return f"{head}({inner})"

    def __reduce__(self):
        state = (self.func, self.args, self.keywords or None, self.__dict__ or None)
        return type(self), (self.func,), state

    def __setstate__(self, state):
        # one message for every malformed state, as CPython's C partial_setstate
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state[0], state[1], state[2], state[3]
        valid = (callable(func) and isinstance(args, tuple)
                 and (kwds is None or isinstance(kwds, dict))
                 and (namespace is None or isinstance(namespace, dict)))
        if not valid:
            raise TypeError("invalid partial state")
        # subclasses of tuple/dict in the state are normalised to the exact types
        self.__dict__ = {} if namespace is None else namespace
        self.func = func
        self.args = args if type(args) is tuple else tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        self.keywords = kwds

    __class_getitem__ = _subscriptable


try:
    from _functools import partial
except ImportError:
    pass


def _require_callable_or_descriptor(func):
    if callable(func) or hasattr(func, "__get__"):
        return
    raise TypeError(f"{func!r} is not callable or a descriptor")


def _abstract_if_func_is(self):
    return getattr(self.func, "__isabstractmethod__", False)


class partialmethod(object):
    """Descriptor form of partial: binds like the method it wraps."""

    def __init__(self, func, /, *args, **keywords):
        _require_callable_or_descriptor(func)
        if type(func) is partialmethod or isinstance(func, partialmethod):
            # flatten, keeping the inner descriptor
            inner = func
            func, args = inner.func, inner.args + args
            keywords = _merged(inner.keywords, keywords)
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        # three comma-separated fields, even when empty: "f(func, , )" is what
        # CPython 3.11 prints for a partialmethod without arguments
        kind = type(self)
        positional = ", ".join(map(repr, self.args))
        named = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"{kind.__module__}.{kind.__qualname__}({self.func!r}, {positional}, {named})"

    def _method_for_any_owner(self):
        # used when func is not a descriptor (or binds to itself): the owner object
        # is passed as the first argument by hand
        spec = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = _merged(spec.keywords, keywords)
            return spec.func(cls_or_self, *spec.args, *args, **merged)

        # inspect.signature() finds the partialmethod through this attribute
        _method._partialmethod = spec
        _method.__isabstractmethod__ = spec.__isabstractmethod__
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._method_for_any_owner().__get__(obj, cls)

    __isabstractmethod__ = property(_abstract_if_func_is)

    __class_getitem__ = _subscriptable


def _unwrap_partial(func):
    """The innermost callable under any number of partial objects."""
    found = func
    while isinstance(found, partial):
        found = found.func
    return found


# -- lru_cache ------------------------------------------------------------------------

_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")
    return _CacheInfo(hits, misses, maxsize, currsize)


class _Separator:
    """Marks where the positional part of a cache key ends."""

    def __repr__(self):
        return "<keyword separator>"


_KEYWORDS_FOLLOW = _Separator()
# bound at import: a program may replace builtins.len with a cached function
_size = len
_SELF_KEYED = frozenset((int, str))


class _CacheKey(list):
    """A call's arguments as a hashable key whose hash is computed only once."""

    __slots__ = ("_hash",)

    def __init__(self, parts):
        super().__init__(parts)
        self._hash = hash(parts)

    def __hash__(self):
        return self._hash


def _make_key(args, kwds, typed):
    """The cache key for one call; keyword order matters, as in CPython."""
    parts = args
    if kwds:
        parts += (_KEYWORDS_FOLLOW,)
        for pair in kwds.items():
            parts += pair
    if typed:
        parts += tuple(type(a) for a in args)
        if kwds:
            parts += tuple(type(v) for v in kwds.values())
    elif _size(parts) == 1 and type(parts[0]) in _SELF_KEYED:
        # a lone int or str is its own key: cheap to hash, no wrapper needed
        return parts[0]
    return _CacheKey(parts)


def lru_cache(maxsize=128, typed=False):
    """Decorator memoising a function, keeping at most maxsize recent results
    (all of them when maxsize is None)."""
    if maxsize is None or isinstance(maxsize, int):
        limit = None if maxsize is None else max(maxsize, 0)
        return lambda user_function: _install_cache(user_function, limit, typed)
    if callable(maxsize) and isinstance(typed, bool):
        # used bare, as @lru_cache
        return _install_cache(maxsize, 128, typed)
    raise TypeError('Expected first argument to be an integer, a callable, or None')


def _install_cache(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _cache_info)
    parameters = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(parameters)
    update_wrapper(wrapper, user_function)
    return wrapper


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    # The cache is a dict kept in recency order: a hit moves its entry to the end,
    # and when full the first (least recently used) entry is dropped. No lock:
    # pycell runs one thread (docs/differences.md, threading), and a lock would
    # cost more than the lookup.
    store = {}
    counts = [0, 0]      # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            found = store.get(key, _ABSENT)
            if found is not _ABSENT:
                counts[0] += 1
                return found
            counts[1] += 1
            value = user_function(*args, **kwds)
            store[key] = value
            return value

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            found = store.pop(key, _ABSENT)
            if found is not _ABSENT:
                store[key] = found
                counts[0] += 1
                return found
            counts[1] += 1
            value = user_function(*args, **kwds)
            # a recursive call may have stored the key meanwhile
            if key not in store:
                if _size(store) >= maxsize:
                    del store[next(iter(store))]
                store[key] = value
            return value

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(counts[0], counts[1], maxsize, _size(store))

    def cache_clear():
        """Clear the cache and cache statistics."""
        store.clear()
        counts[0] = counts[1] = 0

    wrapper.cache_info, wrapper.cache_clear = cache_info, cache_clear
    return wrapper


try:
    from _functools import _lru_cache_wrapper
except ImportError:
    pass


def cache(user_function, /):
    """Unbounded memoising decorator, lru_cache(maxsize=None)."""
    return _install_cache(user_function, None, False)


# -- singledispatch -------------------------------------------------------------------
#
# Dispatch picks the implementation registered for the first class of the argument
# type's method resolution order. ABCs the type implements only virtually (by
# register() or __subclasshook__) are not in __mro__; they are slotted into a
# linearisation built with the C3 algorithm ("The Python 2.3 Method Resolution
# Order"), each placed after the bases through which the type gets it.

def _c3_linearize(sequences):
    """Merge sequences with C3; raise RuntimeError when no consistent order exists."""
    pending = [list(s) for s in sequences if s]
    order = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        order.append(head)
        for seq in pending:
            if seq[0] is head:
                del seq[0]
        pending = [s for s in pending if s]
    return order


def _c3_mro(cls, abcs=None):
    """The MRO of cls with the ABCs in abcs it implements (but none of its bases
    does) inserted as if they were extra bases."""
    abcs = list(abcs or ())
    bases = list(cls.__bases__)
    # explicit bases up to the last one that is itself an ABC keep their place;
    # ABCs the class implements directly come after them
    split = 0
    for index in range(len(bases) - 1, -1, -1):
        if hasattr(bases[index], '__abstractmethods__'):
            split = index + 1
            break
    leading, trailing = bases[:split], bases[split:]
    implied = [a for a in abcs
               if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in implied:
        abcs.remove(a)
    groups = ([[cls]]
              + [_c3_mro(b, abcs) for b in leading]
              + [_c3_mro(a, abcs) for a in implied]
              + [_c3_mro(b, abcs) for b in trailing]
              # three separate order constraints: an implied ABC need not come
              # after the explicit bases, only after the classes it derives from
              + [leading, implied, trailing])
    return _c3_linearize(groups)


def _compose_mro(cls, types):
    """cls's MRO extended with the classes among types that it implements."""
    own = set(cls.__mro__)

    def relevant(t):
        return (t not in own and hasattr(t, '__mro__')
                and not isinstance(t, GenericAlias) and issubclass(cls, t))

    candidates = [t for t in types if relevant(t)]
    # keep only the most derived candidates; their ancestors come along anyway
    leaves = [t for t in candidates
              if not any(t is not u and t in u.__mro__ for u in candidates)]
    extra = []
    for t in leaves:
        # real subclasses of the ABC that cls derives from come along, so
        # that it lands after the right base
        via = [s for s in t.__subclasses__()
               if s not in own and issubclass(cls, s)]
        if not via:
            extra.append(t)
            continue
        # only the candidate types along those subclasses' MROs are added
        chains = [[k for k in s.__mro__ if k in leaves] for s in via]
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for k in chain:
                if k not in extra:
                    extra.append(k)
    return _c3_mro(cls, abcs=extra)


def _find_impl(cls, registry):
    """The registered implementation that dispatch on cls selects (or None)."""
    order = _compose_mro(cls, registry.keys())
    for position, best in enumerate(order):
        if best in registry:
            break
    else:
        return None
    # ambiguous: the entry right after the winner is registered too, both were
    # reached only virtually (not in __mro__), and they are unrelated
    following = order[position + 1:position + 2]
    if following:
        runner_up = following[0]
        if (runner_up in registry and best not in cls.__mro__
                and runner_up not in cls.__mro__ and not issubclass(best, runner_up)):
            raise RuntimeError(f"Ambiguous dispatch: {best} or {runner_up}")
    return registry.get(best)


def _is_union_type(cls):
    from typing import get_origin, Union
    import types
    return get_origin(cls) in (Union, types.UnionType)


def _is_dispatch_key(cls):
    if isinstance(cls, type):
        return True
    if not _is_union_type(cls):
        return False
    from typing import get_args
    return all(isinstance(arg, type) for arg in get_args(cls))


def singledispatch(func):
    """Turn func into a generic function dispatching on its first argument's type."""
    import types
    import weakref

    registry = {}
    # type -> chosen implementation; weak, so that dispatching on a class does
    # not keep it alive
    memo = weakref.WeakKeyDictionary()
    # the abc cache token seen when dispatch_cache was filled; None while no ABC
    # has been registered (then the token cannot matter)
    abc_state = [None]

    def dispatch(cls):
        """The implementation for cls, following its MRO (and virtual ABCs)."""
        if abc_state[0] is not None:
            token = _current_abc_token()
            if abc_state[0] != token:
                memo.clear()
                abc_state[0] = token
        chosen = memo.get(cls)
        if chosen is None:
            chosen = registry.get(cls)
            if chosen is None:
                chosen = _find_impl(cls, registry)
            memo[cls] = chosen
        return chosen

    def _annotation_key(func):
        annotations = getattr(func, '__annotations__', None)
        if not annotations:
            raise TypeError(
                f"Invalid first argument to `register()`: {func!r}. "
                "Use either `@register(some_class)` or plain `@register` "
                "on an annotated function.")
        from typing import get_type_hints
        # the first annotated parameter names the type
        for argname, cls in get_type_hints(func).items():
            break
        if not _is_dispatch_key(cls):
            if _is_union_type(cls):
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} not all arguments are classes.")
            raise TypeError(f"Invalid annotation for {argname!r}. "
                            f"{cls!r} is not a class.")
        return cls

    def register(cls, func=None):
        """Register func as the implementation for cls (or for the type named
        by func's first annotation when used as a plain decorator)."""
        if _is_dispatch_key(cls):
            if func is None:
                def register_later(impl):
                    return register(cls, impl)
                return register_later
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            func = cls
            cls = _annotation_key(func)
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if abc_state[0] is None and any(hasattr(t, '__abstractmethods__') for t in registry):
            abc_state[0] = _current_abc_token()
        memo.clear()
        return func

    label = getattr(func, '__name__', None) or 'singledispatch function'

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        impl = dispatch(args[0].__class__)
        return impl(*args, **kw)

    registry[object] = func
    update_wrapper(wrapper, func)
    # the public attributes of a generic function (documented for singledispatch)
    vars(wrapper).update(register=register, dispatch=dispatch,
                         registry=types.MappingProxyType(registry),
                         _clear_cache=memo.clear)
    return wrapper


def _current_abc_token():
    from abc import get_cache_token
    return get_cache_token()


class singledispatchmethod:
    """Descriptor form of singledispatch: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        _require_callable_or_descriptor(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register an implementation for cls (see singledispatch's register())."""
        generic = self.dispatcher
        return generic.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = pick(args[0].__class__)
            bound = impl.__get__(obj, cls)
            return bound(*args, **kwargs)

        update_wrapper(_method, self.func)
        vars(_method).update(__isabstractmethod__=self.__isabstractmethod__,
                             register=self.register)
        return _method

    __isabstractmethod__ = property(_abstract_if_func_is)


# -- cached_property ------------------------------------------------------------------

class cached_property:
    """Property computed once per instance and then stored in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, '__doc__', None)

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({known!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            storage = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance "
                            f"to cache {name!r} property.") from None
        value = storage.get(name, _ABSENT)
        if value is not _ABSENT:
            return value
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            kind = type(instance).__name__
            raise TypeError(
                f"The '__dict__' attribute on {kind!r} instance does not "
                f"support item assignment for caching {name!r} property."
            ) from None
        return value

    __class_getitem__ = _subscriptable
