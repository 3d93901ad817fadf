# __slots__ members: values live in per-instance fields read and written by the
# attribute sites directly; every unusual case must still behave as CPython's.
import copy, pickle


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p.x, p.y, p.norm1())
for _ in range(3):
    p.x += 1
print(p.x)

# an empty slot: AttributeError at a site that has seen a full one
q = P(1, 2)
del q.y
for o in (p, q):
    try:
        print(o.y)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del q.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    q.z = 1
except AttributeError as e:
    print("AttributeError:", e)


# the same name in a subclass's __slots__ is a second field
class Q(P):
    __slots__ = ("x",)


r = Q(10, 20)
P.x.__set__(r, "base field")
print(r.x, P.x.__get__(r), Q.x.__get__(r))
r.x = "own field"
print(r.x, P.x.__get__(r))


# __getattr__ answers for an empty slot
class G:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return f"<fallback {name}>"


g = G()
for _ in range(2):
    print(g.a)
    g.a = 5
print(g.a)


# __setattr__ overridden: the member store is not taken
class S:
    __slots__ = ("v",)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


s = S()
for i in range(3):
    s.v = i
    print(s.v)


# mixins with empty __slots__ in either order, and a __dict__ subclass
class Mixin:
    __slots__ = ()


class A(Mixin, P):
    __slots__ = ("z",)


class B(P, Mixin):
    __slots__ = ("z",)


class D(P):
    pass


for cls in (A, B):
    o = cls(1, 2)
    o.z = 3
    print(cls.__name__, o.x, o.y, o.z, sorted(n for n in ("x", "y", "z") if hasattr(o, n)))
d = D(7, 8)
d.extra = 9
print(d.x, d.y, d.extra, d.__dict__)

# __class__ assignment between same layouts keeps the values
class P2:
    __slots__ = ("x", "y")


o = P(5, 6)
o.__class__ = P2
print(type(o).__name__, o.x, o.y)

# copy and pickle read the slots through the descriptors
c = copy.copy(P(1, [2]))
dc = copy.deepcopy(c)
print(c.x, c.y, dc.y, dc.y is c.y)
u = pickle.loads(pickle.dumps(P("a", "b")))
print(u.x, u.y)

# the member descriptor
print(P.x, type(P.x).__name__, P.x.__name__, P.x.__objclass__.__name__)
try:
    P.x.__get__(object())
except TypeError as e:
    print("TypeError:", e)


# a property beside slots
class W:
    __slots__ = ("_w",)

    @property
    def w(self):
        return self._w * 10

    @w.setter
    def w(self, v):
        self._w = v


w = W()
w.w = 4
print(w.w, w._w)


# a property whose getter raises AttributeError falls back to __getattr__ too
class H:
    @property
    def p(self):
        raise AttributeError("from the getter")

    def __getattr__(self, name):
        return "hook:" + name


print(H().p, hasattr(q, "y"), hasattr(p, "y"), getattr(q, "y", "dflt"))
