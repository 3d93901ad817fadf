# Instance attribute reads and stores through the per-site caches, where the instance
# dict keeps its values in slots shared by the class: every way of changing the dict
# must be seen by the next `o.x`.
class P:
    kind = "class attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


def read(o):
    return o.x, o.y, o.kind, o.m()


def write(o, v):
    o.x = v
    o.kind = v


p = P(1, 2)
q = P(3, 4)
print(read(p), read(q))
write(p, "w")
print(read(p), read(q))
p.__dict__["x"] = "via __dict__"
print(read(p))
del p.__dict__["kind"]
print(read(p))
vars(p).pop("x")
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__.update(x="updated", z=1)
print(read(p), p.z, list(p.__dict__))
p.__dict__.setdefault("x", "not this")
print(read(p))
p.__dict__.clear()
try:
    read(p)
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__ = {"x": "new dict", "y": "y2"}
print(read(p), read(q))
write(p, "w2")
print(read(p), p.__dict__)
p.__dict__[1] = "int key"
p.__dict__["m"] = lambda: "instance shadows method"
print(read(p))
del p.m
print(read(p))
q.m = lambda: "q's own m"
print(read(q))
del q.m
print(read(q))
del q.x
try:
    read(q)
except AttributeError as e:
    print("AttributeError:", e)
q.x = "back"
print(read(q))


# a class whose instances invent many names: past the layout's room
class Bag:
    pass


bags = [Bag() for _ in range(3)]
for i in range(80):
    for j, b in enumerate(bags):
        setattr(b, f"a{i}", i * 10 + j)


def get(b):
    return b.a0, b.a47, b.a48, b.a79


print([get(b) for b in bags])
del bags[1].a79, bags[1].a0
for b in bags:
    try:
        print(get(b))
    except AttributeError as e:
        print("AttributeError:", e)
print(len(vars(bags[0])), list(vars(bags[2]))[45:50])


# __class__ assignment between classes with different layouts
class A:
    def __init__(self):
        self.a = "a"
        self.shared = "from A"


class B:
    def __init__(self):
        self.b = "b"
        self.shared = "from B"


def shared(o):
    return o.shared


a, b = A(), B()
print(shared(a), shared(b))
a.__class__ = B
print(shared(a), shared(b), a.a)
b.__class__ = A
print(shared(a), shared(b), b.b)
b.shared = "set after"
print(shared(b), vars(b))


# descriptors added to the class after the sites have cached
class D:
    def __init__(self):
        self.v = "instance v"


def getv(o):
    return o.v


d = D()
print(getv(d), getv(d))
D.v = property(lambda self: "property v")
print(getv(d))
del D.v
print(getv(d))


# a str subclass key and attributes set through object.__setattr__ / setattr
class S(str):
    pass


o = D()
o.__dict__[S("w")] = "str subclass key"
object.__setattr__(o, "u", "via object.__setattr__")
setattr(o, "t", "via setattr")
print(o.w, o.u, o.t, sorted(vars(o)))
# order of the dict after deletes and re-adds
e = P(1, 2)
e.z = 3
del e.x
e.x = 4
print(list(e.__dict__.items()))


# properties read through the site cache: the getter replaced, subclasses of property
class Q:
    @property
    def val(self):
        return "getter 1"


def val(o):
    return o.val


qq = Q()
print(val(qq), val(qq))
Q.val.__init__(lambda self: "getter re-initialised")
print(val(qq))
Q.val = property(lambda self, *a: "varargs getter")
print(val(qq))


class LoudProp(property):
    def __get__(self, obj, owner=None):
        return "LoudProp.__get__"


Q.val = LoudProp(lambda self: "not this")
print(val(qq))
Q.val = property(None)
try:
    val(qq)
except AttributeError as e:
    print("AttributeError:", e)
