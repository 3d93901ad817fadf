# Fused `m.sqrt(x)` remembers the module's `sqrt` entry; every way of changing the
# module (setattr, del, its __dict__, update, __class__) is seen at the next call.
import math
import types


def f(m, x):
    return 1.0 * m.sqrt(x) + 0.5


print(f(math, 16.0))
saved = math.sqrt
math.sqrt = lambda v: 100.0
print(f(math, 16.0))
math.sqrt = saved
print(f(math, 16.0))
del math.sqrt
try:
    f(math, 16.0)
except AttributeError as e:
    print(e)
vars(math)["sqrt"] = lambda v: 7.0
print(f(math, 16.0))
vars(math).update(sqrt=saved)
print(f(math, 9.0))
math.__dict__.pop("sqrt")
try:
    f(math, 16.0)
except AttributeError as e:
    print(e)
math.__dict__.setdefault("sqrt", saved)
print(f(math, 4.0))


class M(types.ModuleType):
    def __getattribute__(self, name):
        if name == "sqrt":
            return lambda v: -1.0
        return super().__getattribute__(name)


math.__class__ = M
print(f(math, 4.0))
math.__class__ = types.ModuleType
print(f(math, 4.0))
other = types.ModuleType("other")
other.sqrt = saved
print(f(other, 25.0))
other.sqrt = lambda v: 3.0
print(f(other, 25.0), f(math, 25.0))
print(f(math, -0.0))
try:
    f(math, -1.0)
except ValueError as e:
    print(e)
