# _functools._lru_cache_wrapper: the object lru_cache returns
import functools
import _functools

print(functools._lru_cache_wrapper is _functools._lru_cache_wrapper)

@functools.lru_cache(maxsize=2)
def square(x):
    """square it"""
    print("computing", x)
    return x * x

print(type(square).__name__, type(square).__module__, square.__name__, square.__doc__)
print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(5))

# typed=True keeps 1 and 1.0 apart
@functools.lru_cache(typed=True)
def ident(x):
    return x

print(ident(1), ident(1.0), ident(True), ident.cache_info())

# keyword order is part of the key; *args and a single tuple differ
@functools.cache
def kw(*args, **kwargs):
    return args, sorted(kwargs.items())

print(kw(1, a=1, b=2), kw(1, b=2, a=1), kw((1, 2)), kw(1, 2), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print("TypeError", e)

# maxsize=0 never stores; negative maxsize means 0
@functools.lru_cache(maxsize=-5)
def nothing(x):
    return x

print(nothing(1), nothing(1), nothing.cache_info())

# each argument is hashed once per call
class H:
    calls = 0
    def __hash__(self):
        H.calls += 1
        return 7
    def __eq__(self, other):
        return isinstance(other, H)

@functools.lru_cache(maxsize=1)
def two(x, y):
    return y

h = H()
two(h, 1); two(h, 1); two(0, 0); two(h, 1)
print(H.calls, two.cache_info())

# recursion
@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())

# it binds like a function in a class
class A:
    @functools.lru_cache
    def m(self, x):
        return (type(self).__name__, x)

a = A()
print(a.m(1), a.m(1), A.m.cache_info(), a.m.__self__ is a, type(A.__dict__["m"]).__name__)

# pickled by name, copied as itself
import pickle, copy
print(pickle.loads(pickle.dumps(fib)) is fib, copy.copy(fib) is fib, copy.deepcopy(fib) is fib)

W = _functools._lru_cache_wrapper
for args in [(len,), (1, 2, False, None), (len, "x", False, None), (len, 2, False, None, 5)]:
    try:
        W(*args)
    except TypeError as e:
        print("TypeError", e)
raw = W(len, None, False, lambda *a: a)
print(raw("abc"), raw("abc"), raw.cache_info(), raw.__dict__)
try:
    raw.__reduce__()
except AttributeError as e:
    print("AttributeError", e)
