# d[k] on dict subclasses: dict's own __getitem__ (with __missing__) or an override
from collections import defaultdict, Counter, OrderedDict
d = defaultdict(list)
for w in "a b a c b a".split():
    d[w].append(1)
print(sorted(d.items()))
c = Counter("abracadabra")
print(c["a"], c["z"], "z" in c)
o = OrderedDict(x=1)
print(o["x"])
try:
    o["y"]
except KeyError as e:
    print("KeyError", e)
class M(dict):
    def __missing__(self, k):
        return ("missing", k)
m = M(a=1)
print(m["a"], m["b"])
class G(dict):
    def __getitem__(self, k):
        return ("get", k)
g = G(a=1)
print(g["a"], g["zz"])
class P(dict):
    pass
p = P(a=1)
print(p["a"])
try:
    p["b"]
except KeyError as e:
    print("KeyError", e)
# __missing__ added to the class later
P.__missing__ = lambda self, k: k * 2
print(p["b"])
del P.__missing__
try:
    p["b"]
except KeyError as e:
    print("KeyError", e)
# __getitem__ added to the class later
P.__getitem__ = lambda self, k: "override"
print(p["a"])
dd = defaultdict(None)
try:
    dd["q"]
except KeyError as e:
    print("KeyError", e)
class Bad(dict):
    def __missing__(self, k):
        raise ValueError("no " + k)
try:
    Bad()["x"]
except ValueError as e:
    print("ValueError", e)
try:
    d[[1]]
except TypeError as e:
    print("TypeError", e)
