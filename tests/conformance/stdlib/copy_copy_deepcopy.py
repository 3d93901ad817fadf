# copy: shallow and deep copies of containers, instances, slots, custom hooks
import copy
class A:
    def __init__(self): self.x = [1, 2]; self.y = {'k': [3]}
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.x is a.x, c.x is a.x, c.x == a.x, c.y == a.y, c.y['k'] is a.y['k'], type(c).__name__)
l = [1, [2, 3]]; l.append(l)
d = copy.deepcopy(l); print(d[2] is d, d[1] is l[1], d[1] == l[1])
t = (1, [2]); print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) == (1, 2))
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.copy(s); s3 = copy.deepcopy(s); print(s2.a is s.a, s3.a is s.a, s3.a, hasattr(s3, 'b'))
class Cust:
    def __init__(self, v): self.v = v
    def __copy__(self): print('custom copy'); return Cust(self.v)
    def __deepcopy__(self, memo): print('custom deepcopy', type(memo).__name__); return Cust(copy.deepcopy(self.v, memo))
copy.copy(Cust(1)); copy.deepcopy(Cust([1]))
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': self.v * 10}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(GS()).v, copy.deepcopy(GS()).v)
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque
P = namedtuple('P', 'x y')
p = P([1], 2); print(copy.copy(p), copy.deepcopy(p).x is p.x, type(copy.deepcopy(p)).__name__)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od)['a'] is od['a'])
dd = defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(dd))
dq = deque([[1], 2], maxlen=5); print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0])
print(copy.copy(Counter('aab')), copy.deepcopy({1: {2: 3}}), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
class L(list): pass
ll = L([1, [2]]); ll.tag = 't'; m = copy.deepcopy(ll); print(type(m).__name__, m, m.tag, m[1] is ll[1])
def fn(): pass
print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn, copy.copy(len) is len, copy.deepcopy(A) is A, copy.copy(3) == 3)
def g(): yield
try: copy.copy(g())
except TypeError as e: print(e)
print(copy.Error, copy.error is copy.Error, copy.__all__)
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 2,))
print(copy.copy(Red(2)).a, copy.deepcopy(Red(3)).a)
o = object(); print(type(copy.copy(o)).__name__, copy.copy(o) is o)
