# type.__new__ and type() hand a class to the most derived metaclass of the bases
# (typeobject.c type_new: the winner's own __new__ makes it; type_call runs its __init__).
class M(type):
    def __new__(m, n, b, d, **kw):
        print("M.__new__", n, kw)
        return super().__new__(m, n, b, d)
class A(metaclass=M): pass
B = type.__new__(type, "B", (A,), {})
print(type(B), B.__mro__)
class N(type): pass
class C(metaclass=N): pass
D = type.__new__(type, "D", (C,), {})
print(type(D))
E = type("E", (C,), {})
print(type(E))
F = type("F", (A,), {})
print(type(F))
class O(type): pass
try:
    type.__new__(O, "G", (A,), {})
except TypeError as e:
    print(e)
try:
    type.__new__(int, "G", (), {})
except TypeError as e:
    print(e)
try:
    type.__new__(type, "G", (1,), {})
except TypeError as e:
    print(e)
class P(type):
    @classmethod
    def __new__(*a):
        print("P.__new__", len(a))
        return type.__new__(*a[1:])
class Q(metaclass=P): pass
R = type.__new__(type, "R", (Q,), {})
print(type(R))
for args in [(), (1, "G", (), {}), (int, 1), (type, 1), (M, "S", (), {}, ), (type, "T", (), {}, 5)]:
    try:
        r = type.__new__(*args)
        print(r, type(r))
    except TypeError as e:
        print("TypeError:", e)
class M(type):
    def __new__(m, n, b, d, **kw):
        print("M.__new__", n, kw)
        return super().__new__(m, n, b, d)
    def __init__(c, *a, **kw):
        print("M.__init__", c.__name__, len(a), kw)
class A(metaclass=M): pass
F = type("F", (A,), {})
print(type(F))
G = type.__new__(type, "G", (A,), {})
class N(type):
    def __init__(c, *a, **kw):
        print("N.__init__", c.__name__, len(a), kw)
class B(metaclass=N): pass
H = type("H", (B,), {})
try:
    type("I", (B,), {}, x=1)
except TypeError as e:
    print(e)
try:
    type.__new__()
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type(x=1) if False else "skip")
