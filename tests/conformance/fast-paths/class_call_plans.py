# `C(args)` of a class with a plain __init__ (klass.ts ctorPlan): repeated calls follow
# every change of __init__, __new__, the bases and abstract methods.
import abc


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


for i in range(3):
    p = P(i)
    q = P(i, 2)
    print(type(p).__name__, p.x, p.y, q.x, q.y)
print(P(y=5, x=1).y)
try:
    P()
except TypeError as e:
    print("TypeError", e)
P.__init__ = lambda self, x, y=1: setattr(self, "x", -x)
print(P(3).x)


def new(cls, *a):
    print("__new__", cls.__name__, a)
    return object.__new__(cls)


P.__new__ = new
print(P(4).x)
P.__init__ = lambda self, x: 42
for i in range(2):
    try:
        P(1)
    except TypeError as e:
        print("TypeError", e)


class Q:
    def __init__(self, v):
        self.v = v


class R:
    def __init__(self, v):
        self.v = ("R", v)


class S(Q):
    pass


print([S(i).v for i in range(2)])
S.__bases__ = (R,)
print([S(i).v for i in range(2)])


class Base(abc.ABC):
    def __init__(self, v):
        self.v = v


class Impl(Base):
    pass


print(Impl(1).v)
Impl.go = abc.abstractmethod(lambda self: None)
Impl.__abstractmethods__ = frozenset({"go"})
try:
    Impl(2)
except TypeError as e:
    print("TypeError", e)
Impl.__abstractmethods__ = frozenset()
print(Impl(3).v)


class Sub(Q):
    def __init__(self, v):
        super().__init__(v * 10)


print([Sub(i).v for i in range(3)], [Q(i).v for i in range(3)])
