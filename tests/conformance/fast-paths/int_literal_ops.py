# `x <op> k` and `x <cmp> k` with a small int literal k: the int case is computed
# inline by the generated code; every other operand type goes the general way.
big = 2**53 - 1
vals = [0, 1, -1, 7, -7, 12, -12, big, -big, big + 10, -big - 10, 2**70, True, False, 2.5, -0.0, float("nan")]


class I(int):
    def __add__(self, o):
        return "I.__add__"

    def __mod__(self, o):
        return "I.__mod__"

    def __eq__(self, o):
        return "I.__eq__"

    def __lt__(self, o):
        return "I.__lt__"


class R:
    def __radd__(self, o):
        return "R.__radd__"

    def __rsub__(self, o):
        return "R.__rsub__"

    def __add__(self, o):
        return ("R.__add__", o)

    def __sub__(self, o):
        return ("R.__sub__", o)

    def __mul__(self, o):
        return ("R.__mul__", o)

    def __mod__(self, o):
        return ("R.__mod__", o)

    def __gt__(self, o):
        return ("R.__gt__", o)

    def __ne__(self, o):
        return ("R.__ne__", o)


def ops(x):
    return (x + 1, x + 5, x - 1, x - -3, x + -4, x * 3, x * 1, x % 7, x % 1, x // 4,
            x == 0, x != 1, x < 10, x <= -1, x > 7, x >= 12, x == -7)


for v in vals:
    print(repr(v), ops(v))
print(ops(I(5)))
print(R() + 1, R() - 2, R() * 3, R() % 4, R() > 5, R() != 6)
for v in ("a%d", [1, 2], (3,), "xy"):
    try:
        print(repr(v), v * 3, v + v, v % 2 if isinstance(v, str) and "%" in v else "-")
    except TypeError as e:
        print("TypeError:", e)
for bad in (None, "s", [1], {}):
    for f in (lambda x: x + 1, lambda x: x - 1, lambda x: x * 2, lambda x: x % 3, lambda x: x < 1):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)
# results at the edge of the safe range become big ints exactly
print(big + 1, big + 2, -big - 1, -big - 2, big * 3, -big * 3, (big - 1) % 7, big + 1 - 1)
x = big
x = x + 1
print(x, type(x), x - 1 == big, x % 10)
print(0 * 5, -3 * 5, (-6) % 3, -1 % 5, -(10**30) % 7)
# in comprehensions and loops
print([i % 3 for i in range(-5, 6)], sum(i * 2 for i in range(10) if i > 4))
n = 0
while n < 5:
    n = n + 1
print(n)
# augmented assignment with a literal
for v in (5, -5, big, -big, 2.5, True, "s", [1], (1,), 2**80):
    a = b = c = v
    try:
        a += 1
        b -= 1
        c *= 2
        print(repr(a), repr(b), repr(c))
    except TypeError as e:
        print("TypeError:", e)
lst = [1]
alias = lst
lst += [2]
lst *= 2
print(lst, alias is lst)
d = {"k": 1}
d["k"] += 5
d["k"] -= -2
print(d)


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, o):
        self.n += o * 100
        return self


acc = Acc()
acc += 1
print(acc.n)
# unary minus and negative literals
for v in (0, 5, -5, big, -big, 2**53, -(2**53), 2.5, -0.0, True, False):
    print(repr(-v), repr(v - -1), v == -5, [10, 20, 30][-1], (1, 2)[-2])


class N:
    def __neg__(self):
        return "N.__neg__"


print(-N(), -(-3), - -3, -(2**31), -(2**63), -0)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
