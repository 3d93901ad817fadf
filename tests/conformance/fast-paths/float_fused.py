# Fused float arithmetic (codegen float-fuse.ts): float expressions over locals, globals,
# literals and list items give the results and errors of the operator-by-operator path.
import math

G = 2.5


def f(a, b, c):
    return a * b + c * c - a / b


print(f(1.5, 2.0, 3.0), f(1, 2, 3), f(1.5, 2, 3.25), f(True, 2.0, 1.0))
print(repr(f(-0.0, 1.0, 0.0)), f(float("inf"), 1.0, 1.0), f(float("nan"), 2.0, 1.0))
print(f(1e308, 10.0, 1.0), f(2 ** 60, 3.0, 0.5))
try:
    f(1.0, 0.0, 2.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    f(1.0, -0.0, 2.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class F(float):
    def __add__(self, o):
        print("F.add", o)
        return F(7.0)

    def __mul__(self, o):
        return F(42.0)


print(f(F(1.0), 2.0, 3.0), F(1.0) + 2.0, 2.0 * F(3.0) + 1.0)
print(type(f(F(1.0), 2.0, 3.0)))


def unbound(flag):
    if flag:
        x = 1.0
    y = 2.0
    return x * y + y


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def glob(x):
    return G * x + G


print(glob(2.0), glob(2))


def items(b, c):
    dx = b[0] - c[0]
    d2 = dx * dx + b[1] * c[1]
    b[2] -= dx * d2
    c[2] += 0.5 * dx
    b[0] *= 2.0
    c[1] /= 4.0
    return dx, d2, b, c


print(items([1.0, 2.0, 3.0], [0.25, 4.0, 5.0]))
print(items([1, 2, 3], [0.25, 4.0, 5]))
print(items((1.0, 2.0, 3.0, 4.0), [0.5, 1.0, 2.0]) if False else "skip")
try:
    items([1.0, 2.0], [0.5, 1.0, 2.0])
except IndexError as e:
    print("IndexError", e)
try:
    items([1.0, 2.0, 3.0], [0.0, 1.0, 2.0][:2])
except IndexError as e:
    print("IndexError", e)


class L(list):
    def __getitem__(self, i):
        print("L.getitem", i)
        return list.__getitem__(self, i) * 2

    def __setitem__(self, i, v):
        print("L.setitem", i, v)
        list.__setitem__(self, i, v)


print(items(L([1.0, 2.0, 3.0]), [0.5, 1.0, 2.0]))
b = [1.0, 2.0]
try:
    b[1] /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, b)
try:
    b[0] -= "x"
except TypeError as e:
    print("TypeError", e)
n = [1.0, math.nan, -0.0]
n[2] *= 1.0
n[0] += -n[0]
print(n, repr(-n[2]), -n[0] * 3.0)
acc = 0.0
for i in range(5):
    acc += i * 0.5 + acc * 0.25
print(acc)


def cells():
    s = 1.5
    t = 4.0

    def inner():
        return s * t - s / t

    return inner()


print(cells())


def roots(m, x, y):
    return x / (y * m.sqrt(y)) + m.sqrt(x * x)


import cmath


class FakeMath:
    @staticmethod
    def sqrt(v):
        return 10.0


print(roots(math, 2.0, 4.0), roots(math, -3.0, 0.25), roots(math, 1, 4.0), repr(roots(math, -0.0, 1.0)))
print(roots(cmath, 2.0, 4.0), roots(FakeMath, 2.0, 4.0), roots(FakeMath(), 2.0, 4.0))
print(roots(math, float("nan"), 1.0), roots(math, float("inf"), 1.0))
for bad in (-1.0, 0.0):
    try:
        print(roots(math, 1.0, bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
saved = math.sqrt
math.sqrt = lambda v: 5.0
print(roots(math, 2.0, 4.0))
math.sqrt = saved
print(roots(math, 2.0, 4.0))
