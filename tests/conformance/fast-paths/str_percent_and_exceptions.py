# str % args through its fast path; exception construction and super() calls.
print("%s=%d;%x" % ("k", 42, 255), "%r" % ("a",), "%s" % [1, 2], "%(a)s" % {"a": 1})


class R:
    def __rmod__(self, other):
        return "R.__rmod__"

    def __str__(self):
        return "R()"


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"


print("%s" % R(), "%s" % S("x"), "x" % S("y"))
try:
    "%d" % "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
print("%.2f %.0f %.1f %.3f" % (0.125, 2.5, 0.25, 2.0), f"{0.375:.2f} {14 / 7:.3f} {1e22:.1f}")


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class RetryError(AppError):
    pass


class Plain(Exception):
    pass


for e in [AppError(3), RetryError(4), Plain(1, 2), KeyError("k"), Exception()]:
    print(type(e).__name__, e.args, repr(e), getattr(e, "code", None))
try:
    Plain(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    raise RetryError(7)
except AppError as e:
    print("caught", type(e).__name__, e.code, e.args)


class Base:
    def m0(self):
        return "m0"

    def m1(self, a):
        return ("m1", a)

    def m2(self, a, b=0):
        return ("m2", a, b)

    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)


class Child(Base):
    def m0(self):
        return super().m0() + "!"

    def m1(self, a):
        return super().m1(a)

    def m2(self, a, b=0):
        return super().m2(a), super().m2(a, b)

    @classmethod
    def cm(cls, a):
        return super().cm(a)


c = Child()
for i in range(3):
    r = (c.m0(), c.m1(i), c.m2(i, 5), Child.cm(i))
print(r)


class L(list):
    def append(self, v):
        super().append(v * 2)
        return super().__len__()


ll = L()
print(ll.append(1), ll.append(2), ll)
