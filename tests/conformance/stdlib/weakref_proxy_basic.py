# weakref.proxy: a stand-in that forwards to its referent while it is alive
import weakref

class C:
    def __init__(self):
        self.x = 1
    def m(self):
        return "m"
    def __repr__(self):
        return "C()"

c = C()
p = weakref.proxy(c)
print(type(p), type(p).__name__, type(p).__module__)
print(weakref.ProxyType, weakref.CallableProxyType, weakref.ProxyTypes)
print(p.x, p.m(), str(p), p.__class__, isinstance(p, C), type(p) is weakref.ProxyType)
p.y = 5
print(c.y)
del p.y
print(hasattr(c, "y"), p.__dict__)
print(repr(p).replace(hex(id(p)), "P").replace(hex(id(c)), "C"))
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)

# proxies without a callback are shared; with one, each is new
print(weakref.proxy(c) is p, weakref.proxy(c, lambda r: None) is p)

def double(a):
    return a * 2

q = weakref.proxy(double)
print(type(q), q(4), q.__name__, isinstance(q, weakref.ProxyType))

for bad in [1, "s", (1,), None]:
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in dir(p) if not n.startswith("__")))

for args, kw in [((), {}), ((c, None, 3), {}), ((c,), {"callback": None})]:
    try:
        weakref.proxy(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
