# One attribute site sees objects of several classes in turn: each class's answer
# must stay its own (plain attribute, __slots__ member, property, class attribute,
# method, instance-dict shadowing), also after class attributes change mid-loop.
class Plain:
    kind = "plain"

    def __init__(self, v):
        self.v = v

    def get(self, k):
        return ("Plain.get", self.v, k)


class Slotted:
    __slots__ = ("v",)
    kind = "slotted"

    def __init__(self, v):
        self.v = v

    def get(self, k):
        return ("Slotted.get", self.v, k)


class Prop:
    kind = "prop"

    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 100

    @v.setter
    def v(self, x):
        self._v = x + 1

    def get(self, k):
        return ("Prop.get", self.v, k)


objs = [Plain(1), Slotted(2), Prop(3)] * 3
for i, o in enumerate(objs):
    o.v = i                      # store site: dict, member, property setter
    print(type(o).__name__, o.v, o.kind, o.get(i))   # load and method sites
    if i == 4:
        Slotted.kind = "changed"  # a class attribute changes: the cache must notice
        Plain.get = lambda self, k: ("patched", k)

# an instance dict that shadows a method on one of two types
a, b = Plain(0), Plain(1)
b.get = lambda k: ("instance", k)
for o in [a, b, a, b, Slotted(5), b]:
    print(o.get(7))

# two types alternating in a loop, many rounds
total = 0
for r in range(200):
    for o in (Plain(r), Slotted(r)):
        total += o.v + len(o.kind)
print(total)


# a type with __getattr__ in the same site
class Dyn:
    def __getattr__(self, name):
        return f"dyn:{name}"


for o in [Plain(9), Dyn(), Slotted(8), Dyn()]:
    print(o.v)
