# functools: partial, total_ordering, lru_cache, cached_property, singledispatch, reduce, wraps
from functools import *
import functools
def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, type(e).__name__, e)
class P(partial): pass
def f(a, b=1, *, k=2): return (a, b, k)
print(repr(P(f, 1)).split(' at ')[0], repr(partial(f, 1, k=3)).split(' at ')[0])
show('partial()', lambda: partial())
show('partial(1)', lambda: partial(1))
p = partial(f, 1)
q = partial(p, 2, k=5)
print(q.func is f, q.args, q.keywords, q(), p(7), p(b=3, k=4))
@total_ordering
class A:
    def __init__(s, v): s.v=v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print(A.__gt__.__name__, A.__gt__.__qualname__, A.__le__.__name__, A(1) > A(2), A(1) <= A(1), A(3) >= A(2))
@total_ordering
class B:
    def __init__(s, v): s.v=v
    def __ge__(s, o): return s.v >= o.v
print(B(1) < B(2), B(2) <= B(2), B(3) > B(2))
show('total_ordering(object)', lambda: total_ordering(type('X', (), {})))
@lru_cache
def g(x): return x
g(1); g(1); g(2)
print(g.cache_info(), g.cache_parameters())
show('lru_cache', lambda: lru_cache('a'))
@lru_cache(maxsize=2)
def h(x): return x * 2
for x in [1, 2, 1, 3, 2, 1]: h(x)
print(h.cache_info()); h.cache_clear(); print(h.cache_info(), h.__wrapped__.__name__, h.__name__)
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
class C:
    @cached_property
    def x(self):
        print('computing'); return 5
c = C(); print(c.x, c.x, C.x.attrname)
show('set_name', lambda: C.x.__set_name__(C, 'y'))
@singledispatch
def sd(x): return 'obj'
@sd.register
def _(x: int): return 'int'
@sd.register(list)
def _(x): return 'list'
import collections.abc as cabc
@sd.register(cabc.Mapping)
def _(x): return 'mapping'
print(sd(1), sd('a'), sd([1]), sd({}), sd(True), sorted(k.__name__ for k in sd.registry.keys()))
show('sd()', lambda: sd())
show('reg3', lambda: sd.register(3))
print(sd.dispatch(bool) is sd.dispatch(int))
class M:
    @singledispatchmethod
    def m(self, x): return 'base'
    @m.register
    def _(self, x: int): return 'int'
print(M().m(1), M().m('s'))
class Q:
    def meth(self, a, b): return (a, b)
    pm = partialmethod(meth, 10)
print(Q().pm(2))
print(repr(partialmethod(f, 1)).split(' at ')[0])
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
show('reduce', lambda: reduce(len, []))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
def deco(fn):
    @wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def doc():
    "the doc"
print(doc.__name__, doc.__doc__, doc.__wrapped__.__name__, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)
print(functools.__all__)
