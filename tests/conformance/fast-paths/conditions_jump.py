# `if`/`while`/`assert`/conditional expressions test their condition as CPython's
# jump code does: each operand's __bool__ once, comparisons of ints inline, rich
# comparisons and their errors through the ordinary operators.


class B:
    def __init__(self, name, v):
        self.name, self.v = name, v

    def __bool__(self):
        print("bool", self.name)
        return self.v


if B("a", False) and 1:
    print("no")
if not (B("b", False) or B("c", False)):
    print("not or")
n = 0
while B("w", n < 2) and n < 5:
    n += 1
print(n)
print(1 if B("d", False) and 2 else 0)
print(1 if B("e", True) or 2 else 0)
assert B("f", True) and not B("g", False)


class R:
    def __lt__(self, o):
        print("lt")
        return B("r", True)

    def __eq__(self, o):
        return []


if R() < 3:
    print("rich lt")
if R() == 0:
    print("no")
else:
    print("[] is false")
if 2 ** 70 > 5:
    print("big")
if True == 1 and 1.0 == 1 and not (3 < 2.5):
    print("mixed")
i, j = 5, 7
if i < j and i != j and not i >= j:
    print("ints")
if 1 < i < 9:
    print("chain")
if "a" < "b":
    print("str")
for x in [0, 1, -1, 10**20]:
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
try:
    if i < "s":
        pass
except TypeError as e:
    print(e)
try:
    if B("x", 3):
        pass
except TypeError as e:
    print(e)


class Bad:
    def __bool__(self):
        raise ValueError("bad bool")


try:
    while Bad():
        pass
except ValueError as e:
    print(e)
try:
    print(1 if Bad() or 1 else 2)
except ValueError as e:
    print(e)


def gen():
    k = 0
    while k < 3 and B("gen", True):
        yield k
        k += 1
    if not k == 3:
        yield "no"


print(list(gen()))
print(x if (x := 4) > 3 else 0)
while True:
    break
if 0:
    print("no")
flags = [not (i < j), not i == 5, not (B("h", False) and 1), not [], not 0.0, not R() < 1]
print(flags)
print([not x for x in (0, 1, None, "", "a", 2 ** 80)])
print(not (lambda: 0)())
