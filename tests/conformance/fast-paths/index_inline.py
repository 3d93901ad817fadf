# `o[k]` of lists and tuples, inline in the generated code for exact lists and tuples
# with an int index in range; every other case goes through __getitem__.
import collections

lst = [10, 20, 30]
tup = ("a", "b", "c")
for o in (lst, tup, "xyz", b"xyz", range(3), {0: "d0", 1: "d1", -1: "d-1", 2: "d2"}):
    print(type(o).__name__, o[0], o[2], o[-1], [o[i] for i in range(3)])
for o in (lst, tup):
    for k in (3, -4, 10**20, True, False, 1.0, "1", None):
        try:
            print(repr(k), o[k])
        except (IndexError, TypeError) as e:
            print(repr(k), type(e).__name__, e)


class L(list):
    def __getitem__(self, i):
        return ("L.__getitem__", i)


class T(tuple):
    def __getitem__(self, i):
        return ("T.__getitem__", i)


class Plain(tuple):
    pass


class Idx:
    def __index__(self):
        return 1


P = collections.namedtuple("P", "x y")
for o in (L([1, 2]), T((1, 2)), Plain((1, 2)), P(1, 2)):
    i = 1
    print(type(o).__name__, o[0], o[i], o[-1], o[Idx()])
n = None
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    (5)[0]
except TypeError as e:
    print("TypeError:", e)
# the list changes while indexes are read
a = [1, 2, 3]
print([a.pop() + a[0] if a else 0 for _ in range(4)])
rows = [(i, -i, str(i)) for i in range(5)]
print(sorted(rows, key=lambda r: (r[2], r[0]))[:3], max(rows, key=lambda r: r[1] % 3))
