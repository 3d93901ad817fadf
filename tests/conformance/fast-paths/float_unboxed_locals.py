# Locals assigned fused float arithmetic are kept as JS numbers (codegen float-unbox.ts):
# every other use of the name must see one float object, with the usual errors.
import math


def identity(a, b):
    x = a * b + 0.5
    y = x
    print(x, x is y, x is x, type(x).__name__, repr(x))
    z = x * 2.0 - 1.0
    return z, [z, z][0] is z


print(identity(1.5, 2.0))


def loop_escape(pts):
    total = 0
    out = []
    for p, q in pts:
        d = p * p + q * q
        r = math.sqrt(d)
        total += r * 1.0
        out.append(r)
    return total, out, d, r


print(loop_escape([(3.0, 4.0), (5.0, 12.0), (1.0, 1.0)]))


def reassigned():
    x = 1.5 * 2.0
    print(x)
    x = 7
    y = x * 3 + 1
    print(y, type(y).__name__)
    x = 2.5 * 2.0
    x = "s"
    try:
        x = x * 2.0 + 1.0
    except TypeError as e:
        print("TypeError:", e)
    print(x)


reassigned()


def unbound(flag):
    if flag:
        x = 1.0 * 3.0
    try:
        return x * 2.0 + 1.0
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(unbound(True), unbound(False))


def deleted():
    x = 2.0 * 4.0
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


deleted()


def zero_div(a):
    d = a - a
    try:
        return 1.0 / d
    except ZeroDivisionError as e:
        return ("ZeroDivisionError", str(e), d, math.copysign(1.0, -d * 1.0))


print(zero_div(3.0))


class F(float):
    def __mul__(self, other):
        return "F.__mul__"

    def __rsub__(self, other):
        return F(42.0)


def subclass(a, b):
    x = a * 2.0
    y = 1.0 - b
    w = y * 1.0
    return x, y, type(y).__name__, w


print(subclass(F(1.0), F(3.0)))


def specials():
    inf = 1e308 * 10.0
    nan = inf - inf
    neg = -(0.0 * 1.0)
    r = nan * 1.0
    return inf, nan, neg, repr(neg), r != r, math.copysign(1.0, neg)


print(specials())


def with_locals():
    x = 1.5 * 3.0
    y = x * x
    return sorted(locals().items())


print(with_locals())


def with_closure():
    x = 1.5 * 3.0

    def inner():
        return x * 2.0
    x = x + 1.0
    return inner()


print(with_closure())


def gen(n):
    acc = 0.0
    for i in range(n):
        acc = acc * 0.5 + 1.0
        yield acc


print(list(gen(4)))


class K:
    def method(self, a):
        __v = a * a + 1.0
        __v = __v * 2.0
        return __v


print(K().method(3.0))


def sqrt_fallback(d):
    r = math.sqrt(d)
    return r


print(sqrt_fallback(16.0), sqrt_fallback(4))
try:
    sqrt_fallback(-1.0)
except ValueError as e:
    print("ValueError:", e)


def aug(xs):
    e = 0
    for v in xs:
        e += v * 0.5
        e -= v * 0.25
    print(e, type(e).__name__)
    e += 1
    return e


print(aug([1.0, 2.0, 3.0]), aug([]), aug([2, 4]))


def int_shape(n):
    s = 0
    for i in range(n):
        s = s + i * i - 1
    return s


print(int_shape(10))


def fmt(a, b):
    x = a / b * 1.0
    return f"{x:.3f}", "%r" % x, str(x), x == a / b, hash(x) == hash(a / b), {x: 1}[a / b]


print(fmt(1.0, 3.0))


def boom(a):
    d = a - a
    q = 2.0 / d
    return q


boom(1.0)
