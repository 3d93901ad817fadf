"""functools: higher-order functions and operations on callables, written for
pycell from the documentation of CPython's functools module."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

GenericAlias = type(list[int])

################################################################################
### update_wrapper() and wraps()
################################################################################

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory to apply update_wrapper() to a wrapper function."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


################################################################################
### total_ordering
################################################################################

# For each root operation: how the three others follow from it. Each entry is
# (name, negate the root's result, combine with equality: None, 'or ==' or
# 'and !='). E.g. from a < b: a > b is (not a < b) and a != b.
_DERIVATIONS = {
    '__lt__': [('__gt__', True, 'and !='), ('__le__', False, 'or =='), ('__ge__', True, None)],
    '__le__': [('__ge__', True, 'or =='), ('__lt__', False, 'and !='), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, 'and !='), ('__ge__', False, 'or =='), ('__le__', True, None)],
    '__ge__': [('__le__', True, 'or =='), ('__gt__', False, 'and !='), ('__lt__', True, None)],
}


def _derive(root, name, negate, combine):
    def derived(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if combine == 'or ==':
            return result or self == other
        if combine == 'and !=':
            return result and self != other
        return result
    derived.__name__ = name
    derived.__qualname__ = f'_{name[2:4]}_from_{root[2:4]}'
    return derived


# one shared function per derivation, a module global under its __qualname__
# (_gt_from_lt...), so that pickle finds the methods total_ordering installs
_DERIVED = {}
for _root, _items in _DERIVATIONS.items():
    for _name, _negate, _combine in _items:
        _fn = _DERIVED[_root, _name] = _derive(_root, _name, _negate, _combine)
        globals()[_fn.__qualname__] = _fn
del _root, _items, _name, _negate, _combine, _fn


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    roots = {op for op in _DERIVATIONS
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, negate, combine in _DERIVATIONS[root]:
        if name not in roots:
            setattr(cls, name, _DERIVED[root, name])
    return cls


################################################################################
### cmp_to_key
################################################################################

def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function"""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


################################################################################
### reduce
################################################################################

_missing = object()


def reduce(function, sequence, initial=_missing, /):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence
    or iterable, from left to right, so as to reduce the iterable to a single
    value.
    """
    it = iter(sequence)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


################################################################################
### partial, partialmethod
################################################################################

_repr_busy = set()


class partial:
    """New function with partial application of the given arguments
    and keywords.
    """

    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # a plain partial of a plain partial collapses into one
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not getattr(func, '__dict__', None)):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super(partial, cls).__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _repr_busy:
            return '...'
        _repr_busy.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(x) for x in self.args)
            parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
            return f"{name}({', '.join(parts)})"
        finally:
            _repr_busy.discard(key)

    def __reduce__(self):
        return type(self), (self.func,), (self.func, self.args,
               self.keywords or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError(f"expected 4 items in state, got {len(state)}")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or
                (kwds is not None and not isinstance(kwds, dict)) or
                (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        # exact tuples and dicts are kept as given (copy.copy shares them)
        if type(args) is not tuple:
            args = tuple(args)
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)
        # the state's namespace replaces the instance dict
        self.__dict__.clear()
        if namespace is not None:
            self.__dict__.update(namespace)
        self.func = func
        self.args = args
        self.keywords = kwds

    __class_getitem__ = classmethod(GenericAlias)


class partialmethod(object):
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({self.func!r}, {args}, {keywords})"

    def _unbound(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                # the wrapped descriptor produced a new callable (a bound method,
                # a classmethod's binding...): apply our arguments to it
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


################################################################################
### LRU Cache function decorator
################################################################################

def _cache_info_type():
    from collections import namedtuple
    return namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"], module='functools')


_CacheInfo = _cache_info_type()
del _cache_info_type


class _Marker:
    """Separates positional arguments from keyword ones in cache keys."""
    __slots__ = ()

    def __repr__(self):
        return '<kwd_mark>'


_KWD_MARK = (_Marker(),)
_FAST_TYPES = {int, str}
# the cache must keep working when a program caches builtins.len itself
_len = len


def _cache_key(args, kwds, typed):
    """A hashable key for a call: the positional arguments, then a marker and
    the keyword items, then (typed) the argument types. A lone int or str is
    its own key."""
    key = args
    if kwds:
        key += _KWD_MARK
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif _len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If *maxsize* is set to None, the LRU features are disabled and the cache
    can grow without bound.

    If *typed* is True, arguments of different types will be cached separately.
    For example, f(3.0) and f(3) will be treated as distinct calls with
    distinct results.

    View the cache statistics named tuple (hits, misses, maxsize, currsize)
    with f.cache_info().  Clear the cache and statistics with f.cache_clear().
    Access the underlying function with f.__wrapped__.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments
        user_function, maxsize = maxsize, 128
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    # the dict keeps keys in use order: a hit moves its key to the end, the
    # least recently used entry is the first one
    store = {}
    counts = [0, 0]     # hits, misses
    absent = object()
    make_key = _cache_key

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = store.get(key, absent)
            if result is not absent:
                counts[0] += 1
                return result
            counts[1] += 1
            result = user_function(*args, **kwds)
            store[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = make_key(args, kwds, typed)
            result = store.pop(key, absent)
            if result is not absent:
                store[key] = result
                counts[0] += 1
                return result
            counts[1] += 1
            result = user_function(*args, **kwds)
            if key in store:
                # a recursive call cached it meanwhile: keep that entry
                return result
            if _len(store) >= maxsize:
                del store[next(iter(store))]
            store[key] = result
            return result

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(counts[0], counts[1], maxsize, _len(store))

    def cache_clear():
        """Clear the cache and cache statistics"""
        store.clear()
        counts[0] = counts[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _is_union(obj):
    return type(obj).__name__ in ('UnionType', '_UnionGenericAlias') and hasattr(obj, '__args__')


def _best_registered(cls, registry):
    """The registered class that best matches cls: the first of cls's MRO;
    a registered ABC that cls only implements (register(), __subclasshook__)
    ranks just after the last class of the MRO that implements it too."""
    mro = cls.__mro__
    ranked = []
    for typ in registry:
        if typ in mro:
            ranked.append((mro.index(typ), 0, typ))
        elif typ is not object and issubclass(cls, typ):
            last = max(i for i, base in enumerate(mro) if issubclass(base, typ))
            ranked.append((last, 1, typ))
    if not ranked:
        return object if object in registry else None
    ranked.sort(key=lambda r: (r[0], r[1]))
    first = ranked[0]
    if first[1] == 1:
        for other in ranked[1:]:
            if other[:2] != first[:2]:
                break
            a, b = first[2], other[2]
            if not issubclass(a, b) and not issubclass(b, a):
                raise RuntimeError(f"Ambiguous dispatch: {a} or {b}")
            if issubclass(b, a):
                first = other
    return first[2]


def singledispatch(func):
    """Single-dispatch generic function decorator.

    Transforms a function into a generic function, which can have different
    behaviours depending upon the type of its first argument. The decorated
    function acts as the default implementation, and additional
    implementations can be registered using the register() attribute of the
    generic function.
    """
    import types
    registry = {}
    memo = {}
    memo_token = [None]

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        Runs the dispatch algorithm to return the best available implementation
        for the given *cls* registered on *generic_func*.
        """
        token = _abc_token()
        if memo_token[0] != token:
            memo.clear()
            memo_token[0] = token
        try:
            return memo[cls]
        except KeyError:
            pass
        except TypeError:
            return registry[_best_registered(cls, registry)]
        impl = registry[_best_registered(cls, registry)]
        memo[cls] = impl
        return impl

    def _valid_key(cls):
        return isinstance(cls, type) or (_is_union(cls) and all(isinstance(a, type) for a in cls.__args__))

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_func*.
        """
        if _valid_key(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            if any(isinstance(v, str) for v in ann.values()):
                # string annotations (PEP 563) are evaluated in the function's globals
                from typing import get_type_hints
                ann = get_type_hints(getattr(func, '__func__', func))
            argname, cls = next(iter((k, v) for k, v in ann.items() if k != 'return'))
            if not _valid_key(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        memo.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    proxy = getattr(types, 'MappingProxyType', None)
    wrapper.registry = proxy(registry) if proxy is not None else registry
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


def _abc_token():
    try:
        from abc import get_cache_token
    except ImportError:
        return None
    return get_cache_token()


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Registers a new implementation for the given *cls* on a *generic_method*.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
