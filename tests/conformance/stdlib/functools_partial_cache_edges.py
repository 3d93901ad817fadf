# functools corner cases: partial flattening/repr/state, total_ordering roots,
# lru_cache keys and parameters, cached_property errors
import functools


def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


def add(*args, **kw):
    return args, sorted(kw.items())


p = functools.partial(add, 1, a=2)
q = functools.partial(p, 3, b=4)
print(q.func is add, q.args, sorted(q.keywords.items()), q())


class Sub(functools.partial):
    pass


s = Sub(q, 5)
print(s.func is add, s.args)
print(repr(functools.partial(len, [1]))[:40])
print(repr(Sub(len)).split(" at ")[0].startswith("Sub(<built-in"))
print(repr(functools.partialmethod(len)), repr(functools.partialmethod(len, 1, k=2)))
show(lambda: functools.partial())
show(lambda: functools.partial(1))
show(lambda: functools.partialmethod(1))
r = functools.partial(add)
show(lambda: r.__setstate__([]))
show(lambda: r.__setstate__((add, (), {})))
show(lambda: r.__setstate__((1, (), {}, {})))
r.__setstate__((add, (7,), None, None))
print(r.args, r.keywords, r())
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[2][1:])
rec = functools.partial(add)
rec.__setstate__((rec, (), {}, {}))
print(repr(rec))
rec.__setstate__((add, (), {}, {}))


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n

    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n > other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, b >= a, a >= a, Version.__lt__.__name__)
show(lambda: a < 3)
show(lambda: functools.total_ordering(type("Bare", (), {})))

calls = []


@functools.lru_cache(maxsize=2)
def square(x, **kw):
    calls.append(x)
    return x * x


square(1), square(2), square(1), square(3), square(2)
print(calls, square.cache_info())
square(1, a=1, b=2), square(1, b=2, a=1)
print(square.cache_info().misses, square.cache_parameters())
square.cache_clear()
print(square.cache_info(), square.__wrapped__.__name__)


@functools.lru_cache(typed=True)
def ident(x):
    return type(x).__name__


print(ident(1), ident(1.0), ident(True), ident.cache_info().currsize)
print(functools.lru_cache(-5)(abs).cache_info().maxsize)
zero = functools.lru_cache(0)(abs)
zero(-1), zero(-1)
print(zero.cache_info())
show(lambda: functools.lru_cache("x"))
print(functools.cache(abs).cache_parameters())


class Box:
    @functools.cached_property
    def value(self):
        print("computing")
        return 42


bx = Box()
print(bx.value, bx.value, Box.value.attrname)
show(lambda: functools.cached_property(len).__get__(bx))


class Slotted:
    __slots__ = ()
    prop = functools.cached_property(lambda self: 1)


show(lambda: Slotted().prop)
show(lambda: Box.value.__set_name__(Box, "x"))
print(functools.reduce(lambda x, y: x * 10 + y, [1, 2, 3]), functools.reduce(max, [], 9))
show(lambda: functools.reduce(max, []))
key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
print(sorted([3, 1, 2], key=key), key(1) == key(1))
show(lambda: key(1) < 2)
