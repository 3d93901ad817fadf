# o.m(args): the attribute is looked up before any argument is evaluated
# (LOAD_METHOD / LOAD_ATTR come first), for every call shape.
import math

log = []


def f(tag="f"):
    log.append(tag)
    return 1


class C:
    x = None

    def m(self, *a, **k):
        return a

    @property
    def p(self):
        log.append("property")
        return 2


o = C()
shapes = [
    ("one arg", lambda: o.missing(f())),
    ("star", lambda: o.missing(*[f()])),
    ("double star", lambda: o.missing(**{"a": f()})),
    ("keyword", lambda: o.missing(a=f())),
    ("four args", lambda: o.missing(f(), f(), f(), f())),
    ("two args", lambda: o.missing(f(), f())),
    ("three args", lambda: o.missing(f(), f(), f())),
    ("mixed", lambda: o.missing(f(), *[f()], a=f(), **{"b": f()})),
    ("module", lambda: math.missing(f())),
    ("chain", lambda: o.x.m(f())),
    ("bound method attr", lambda: o.m.missing(f())),
    ("int", lambda: (1).missing(f())),
    ("str", lambda: "s".missing(f())),
    ("list", lambda: [].missing(f())),
    ("dict", lambda: {}.missing(f())),
    ("property arg", lambda: o.missing(o.p)),
    ("unbound global arg", lambda: o.missing(undefined_name)),
    ("class", lambda: C.missing(f())),
]
for label, t in shapes:
    log.clear()
    try:
        t()
    except (AttributeError, NameError) as e:
        print(label, type(e).__name__, e, log)

# the same site seen hot (cached) and then missing
class D:
    def m(self, a):
        return a + 1


class E:
    pass


def call(obj):
    return obj.m(f("arg"))


for obj in [D(), D(), E(), D()]:
    log.clear()
    try:
        print(call(obj), log)
    except AttributeError as e:
        print("AE", e, log)


class B:
    def g(self, a):
        return ("B.g", a)


class S(B):
    def g(self, a):
        return super().missing(f("s"))

    def h(self):
        return super(S, self).missing(f("s2"))

    def k(self):
        return super().g(f("ok"))


for name in ("g", "h", "k"):
    log.clear()
    try:
        r = getattr(S(), name)
        print(r(0) if name == "g" else r(), log)
    except AttributeError as e:
        print("AE", e, log)

# __getattr__ runs before the arguments
class G:
    def __getattr__(self, name):
        log.append("getattr " + name)
        return lambda *a: a


log.clear()
print(G().anything(f("after")), log)
