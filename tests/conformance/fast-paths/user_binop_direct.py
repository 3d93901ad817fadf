# Operators on instances call a plain Python __op__ directly; the protocol around
# the call (reflected operands, NotImplemented, subclasses first, in-place methods,
# defaults, *args, tracebacks) is unchanged.
import functools


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x)

    def __radd__(self, o):
        return V(self.x + o)

    def __sub__(self, o, scale=1):  # a default: not a two-parameter function
        return V(self.x - o.x * scale)

    def __mul__(self, *args):
        return V(self.x * args[0])

    def __lt__(self, o):
        return self.x < o.x if isinstance(o, V) else NotImplemented

    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, o):
        return "W.__radd__ first"


a, b = V(1), V(2)
print(a + b, 5 + a, a - b, a * 3, a < b, b < a, a == V(1), a != b)
print(a + W(7), W(7) + a)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except TypeError as e:
    print("TypeError:", e)
print(sorted([V(3), V(1), V(2)]), max(V(3), V(9)), min([V(4), V(0)]))


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, v):
        self.items.append(v)
        return self


acc = Acc()
for i in range(3):
    acc += i
print(acc.items)


@functools.total_ordering
class T:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n


print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1))


class Bad:
    def __add__(self, o):
        return 1 / 0


def f():
    return Bad() + 1


f()
