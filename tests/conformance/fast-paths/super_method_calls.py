# `super().m(...)` call sites (codegen superFind): the method found along the MRO after
# the defining class, re-found when classes change, the ordinary path for everything else.
class A:
    def m(self, x):
        return f"A.m({x})"

    def n(self):
        return "A.n"

    @staticmethod
    def s(x):
        return f"A.s({x})"

    @classmethod
    def k(cls, x):
        return f"A.k({cls.__name__}, {x})"


class B(A):
    def m(self, x):
        return "B>" + super().m(x)

    def n(self):
        return "B>" + super().n()

    def s2(self):
        return super().s(1)

    def k2(self):
        return super().k(2)

    @classmethod
    def cm(cls):
        return super().k(3)

    def missing(self):
        return super().nope(1)

    def arity(self):
        return super().m()


class C(A):
    def m(self, x):
        return "C>" + super().m(x)


class D(B, C):
    def m(self, x):
        return "D>" + super().m(x)


d = D()
for i in range(3):
    print(d.m(i), B().m(i), d.n(), d.s2(), d.k2(), B.cm())
A.m = lambda self, x: f"new A.m({x})"
print(d.m(9), B().m(9))
C.m = lambda self, x: f"new C.m({x})"
print(d.m(8))
try:
    B().missing()
except AttributeError as e:
    print("AttributeError", e)
try:
    B().arity()
except TypeError as e:
    print("TypeError", e)


class L(list):
    def append(self, x):
        super().append(x * 2)
        return super().__len__()


lst = L()
print([lst.append(i) for i in range(4)], lst)

made = []
for tag in "xy":
    class K(A):
        def n(self, tag=tag):
            return tag + ":" + super().n()
    made.append(K)
A.n = lambda self: "patched A.n"
print([k().n() for k in made])


class F(A):
    def n(self):
        return super().n()


super_saved = super
super = lambda: A()  # noqa: the module-level name super is rebound
print(F().n())
super = super_saved
print(F().n())
