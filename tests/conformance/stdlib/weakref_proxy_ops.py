# weakref.proxy forwards operators, the container protocol and iteration
import weakref

class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return ("add", self.v, o.v if isinstance(o, V) else o)
    def __radd__(self, o):
        return ("radd", self.v, o)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return ("neg", self.v)
    def __index__(self):
        return self.v
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, V) else o)
    __hash__ = None
    def __len__(self):
        return self.v
    def __getitem__(self, k):
        return ("item", k)
    def __setitem__(self, k, val):
        print("set", k, val)
    def __delitem__(self, k):
        print("del", k)
    def __contains__(self, x):
        return x == self.v
    def __call__(self, *a, **k):
        return ("called", a, k)

a, b = V(2), V(3)
pa, pb = weakref.proxy(a), weakref.proxy(b)
print(type(pa).__name__)
print(pa + 1, 1 + pa, pa + pb, pa + b, -pa, [10, 20, 30][pa], pa < pb, pa < 5, pa == 2, pa == pb)
print(len(pa), pa["k"], 2 in pa, 3 in pa, pa(1, x=2), bool(pa))
pa["k"] = 1
del pa["k"]
r = pa
r += 5
print(r is pa, a.v)

class L(list):
    pass
lst = L([3, 1, 2])
pl = weakref.proxy(lst)
print(list(pl), sorted(pl), list(reversed(pl)), pl[0], len(pl), str(pl))
pl.append(9)
pl[0] = 0
print(lst, pl + [1], pl * 2)

gen = (i * i for i in range(4))
pg = weakref.proxy(gen)
print(next(pg), list(pg))

class NotIter:
    pass
ni = NotIter()
try:
    next(weakref.proxy(ni))
except TypeError as e:
    print("TypeError", e)

class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
    def __float__(self):
        return self.v + 0.5
    def __abs__(self):
        return "abs"
    def __truediv__(self, o):
        return "div"
    def __floordiv__(self, o):
        return "floordiv"
    def __matmul__(self, o):
        return "matmul"
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __mod__(self, o):
        return "mod"
    def __divmod__(self, o):
        return "divmod"
    def __and__(self, o):
        return "and"
    def __lshift__(self, o):
        return "lshift"
    def __invert__(self):
        return "invert"

num = Num(4)
pn = weakref.proxy(num)
print(int(pn), float(pn), abs(pn), pn / 1, pn // 1, pn @ 1, pn ** 2, pow(pn, 2, 5), pn % 1, divmod(pn, 1), pn & 1, pn << 1, ~pn)
