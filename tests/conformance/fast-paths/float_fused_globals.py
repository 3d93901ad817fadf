# Fused float expressions reading module globals from a function (codegen float-fuse.ts
# through the cached global loads): rebinding, deleting and shadowing are all seen.
import math

G = 1.5


def scaled(x):
    return G * x + G


def norm(x, y):
    d = x * x + y * y
    return math.sqrt(d) * 1.0


print(scaled(2.0), norm(3.0, 4.0))
G = 2.5
print(scaled(2.0))
G = 3
print(scaled(2.0), type(scaled(2.0)).__name__)
del G
try:
    scaled(2.0)
except NameError as e:
    print("NameError:", e)
G = 0.5
print(scaled(4.0))


class FakeMath:
    @staticmethod
    def sqrt(v):
        return "fake sqrt of %r" % v


saved = math
math = FakeMath
try:
    print(norm(3.0, 4.0))
except TypeError as e:
    print("TypeError:", e)
math = saved
print(norm(3.0, 4.0))
del math
try:
    norm(3.0, 4.0)
except NameError as e:
    print("NameError:", e)
import math as math
print(norm(6.0, 8.0))
import builtins
builtins.G2 = 7.0


def from_builtins(x):
    return G2 * x + 1.0


print(from_builtins(2.0))
G2 = 1.0
print(from_builtins(2.0))
del G2
print(from_builtins(2.0))
