// functools, written in Python.
import { pythonModule } from "./py-module.js";

pythonModule("functools", String.raw`
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator

class partial:
    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"

_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

class _CacheInfo(tuple):
    pass

def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and not isinstance(maxsize, int):
        return lru_cache(128, typed)(maxsize)
    def decorating_function(user_function):
        cache = {}
        stats = [0, 0]
        def wrapper(*args, **kwds):
            key = args
            if kwds:
                key = args + (_kwd_mark,) + tuple(kwds.items())
            if typed:
                key = key + tuple(type(v) for v in args)
            try:
                result = cache[key]
                stats[0] += 1
                return result
            except KeyError:
                pass
            stats[1] += 1
            result = user_function(*args, **kwds)
            if maxsize is not None and maxsize > 0 and len(cache) >= maxsize:
                del cache[next(iter(cache))]
            if maxsize is None or maxsize > 0:
                cache[key] = result
            return result
        def cache_info():
            return f"CacheInfo(hits={stats[0]}, misses={stats[1]}, maxsize={maxsize}, currsize={len(cache)})"
        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0
        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)
    return decorating_function

_kwd_mark = object()

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)

def cmp_to_key(mycmp):
    class K:
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

def total_ordering(cls):
    roots = {op for op in ('__lt__', '__le__', '__gt__', '__ge__') if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    if '__lt__' in roots:
        lt = cls.__lt__
        cls.__gt__ = lambda self, other: (not lt(self, other)) and self != other if lt(self, other) is not NotImplemented else NotImplemented
        cls.__le__ = lambda self, other: lt(self, other) or self == other
        cls.__ge__ = lambda self, other: not lt(self, other)
    elif '__gt__' in roots:
        gt = cls.__gt__
        cls.__lt__ = lambda self, other: (not gt(self, other)) and self != other
        cls.__ge__ = lambda self, other: gt(self, other) or self == other
        cls.__le__ = lambda self, other: not gt(self, other)
    elif '__le__' in roots:
        le = cls.__le__
        cls.__lt__ = lambda self, other: le(self, other) and self != other
        cls.__gt__ = lambda self, other: not le(self, other)
        cls.__ge__ = lambda self, other: (not le(self, other)) or self == other
    else:
        ge = cls.__ge__
        cls.__gt__ = lambda self, other: ge(self, other) and self != other
        cls.__lt__ = lambda self, other: not ge(self, other)
        cls.__le__ = lambda self, other: (not ge(self, other)) or self == other
    return cls
`);
