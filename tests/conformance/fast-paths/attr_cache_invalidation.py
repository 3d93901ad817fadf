# Attribute loads, stores and method calls stay right when classes change after the
# call sites have run many times (pycell caches lookups per site and per type).
class Base:
    def greet(self):
        return "base"


class Point(Base):
    def __init__(self, x):
        self.x = x

    def show(self, a, b):
        return (self.x, a, b)


def read(p):
    return p.x


def call0(p):
    return p.greet()


def call2(p):
    return p.show(1, 2)


def write(p, v):
    p.x = v


p = Point(1)
for i in range(50):
    read(p), call0(p), call2(p), write(p, i)
print(read(p), call0(p), call2(p))

# a method replaced on the base class, then on the class
Base.greet = lambda self: "patched base"
print(call0(p))
Point.greet = lambda self: "patched point"
print(call0(p))
del Point.greet
print(call0(p))

# an instance attribute shadows the method; deleting it uncovers the method again
p.greet = lambda: "instance"
print(call0(p))
del p.greet
print(call0(p))

# a property added later wins over the instance dict (data descriptor)
Point.x = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(read(p))
write(p, 99)
print(p.__dict__["x"])
del Point.x
print(read(p))

# __getattribute__ and __setattr__ added later
def ga(self, name):
    return "ga:" + name


Point.__getattribute__ = ga
print(read(p), call0.__name__)
del Point.__getattribute__
print(read(p))


def sa(self, name, v):
    object.__setattr__(self, name, v * 10)


Point.__setattr__ = sa
write(p, 4)
print(read(p))
del Point.__setattr__
write(p, 4)
print(read(p))

# __getattr__ only for misses
class Lazy:
    def __getattr__(self, name):
        return "missing " + name


def probe(o):
    return o.thing


z = Lazy()
for i in range(30):
    probe(z)
print(probe(z))
z.thing = "present"
print(probe(z))

# changing __class__ moves the instance to another type's methods
class Other:
    def greet(self):
        return "other"

    def show(self, a, b):
        return ("other", a, b)


q = Point(5)
for i in range(30):
    call0(q), call2(q)
q.__class__ = Other
print(call0(q), call2(q))

# two classes alternating through one site
class A:
    v = "A"

    def who(self):
        return "a"


class B:
    v = "B"

    def who(self):
        return "b"


def both(o):
    return o.v + o.who()


print([both(o) for o in [A(), B(), A(), B()] * 3])
A.v = "A2"
print(both(A()), both(B()))

# slots: stores go through the member descriptors
class S:
    __slots__ = ("a",)


def sset(o, v):
    o.a = v


s = S()
for i in range(20):
    sset(s, i)
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)

# a module attribute called like a method, then rebound
import math


def root(v):
    return math.sqrt(v)


for i in range(20):
    root(4.0)
print(root(16.0))
math.sqrt = lambda v: "fake"
print(root(16.0))

# methods of built-in types through cached sites
def meth(o):
    return o.upper()


print(meth("abc"), meth("x"))
d = {}
for k in "abcab":
    d.setdefault(k, []).append(k)
print(d, d.get("a"), d.get("zz"), d.get("zz", 0))

# three-argument method calls: plain, built-in, module function, super(), shadowed
class Three:
    def m(self, a, b, c):
        return ("m", a, b, c)


class Three2(Three):
    def m(self, a, b, c):
        return ("sub",) + super().m(a, b, c)


def three(o):
    return o.m(1, 2, 3)


t3 = Three2()
for i in range(20):
    three(t3)
print(three(t3), "aXaXa".replace("a", "b", 2), math.pow(2, 3) if hasattr(math, "pow") else None)
t3.m = lambda a, b, c: ("instance", a, b, c)
print(three(t3))
print("{}-{}-{}".format(1, 2, 3), " a,b ".strip().split(",", 1))
