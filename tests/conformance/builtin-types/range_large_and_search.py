# range: exact lengths up to sys.maxsize, slicing of huge ranges, searches that
# compare item by item for anything but an exact int.
import sys
r = range(-sys.maxsize, sys.maxsize, 2)
print(len(r) == sys.maxsize, len(range(0, sys.maxsize, sys.maxsize - 1)))
try:
    len(range(0, 2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
x = range(0, 2 ** 100, 3)
idx = sys.maxsize + 1
print(x[idx], x[idx:idx + 1][0], x[idx:idx + 5:2], x[::-1][:2])
print(range(10)[2:8:3], range(10)[::-2], range(10)[-100:100], range(0)[1:])
print(range(10).count(1), range(3).count(-1), range(10 ** 20).count(1))

class AlwaysEq:
    def __eq__(self, other):
        return True
print(range(10).count(AlwaysEq()), range(5).index(AlwaysEq()))

class C3(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__
print(C3(11) in range(10), range(10).index(C3(11)), range(10).count(C3(11)))

class Never:
    def __eq__(self, other):
        return False
try:
    range(4).index(Never())
except ValueError as e:
    print("ValueError:", e)
try:
    range(4).index(9)
except ValueError as e:
    print("ValueError:", e)

class IN:
    def __index__(self):
        return "not a number"
for f in (lambda: range(IN()), lambda: range(5)[1.5], lambda: range(5)["a":],
          lambda: slice(1, 2, IN()).indices(5), lambda: slice(1, 2).indices(-1),
          lambda: slice(1, 2, 3, 4), lambda: slice(1, 2).indices(1.5)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(slice(None, None, -1).indices(2 ** 70), slice(-5, None).indices(3))
