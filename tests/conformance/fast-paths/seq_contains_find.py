# `x in list/tuple`, list.index, tuple.index: int and str probes against every kind of item
nan = float("nan")
items = [1, 2.0, True, "a", None, (1,), nan, 10 ** 30, -5]
for probe in (1, 2, 0, -5, "a", "b", 3, 10 ** 30, nan, 1.0, False, None, (1,)):
    print(repr(probe), probe in items, probe in tuple(items))
print(items.index(2), items.index(True), items.index(-5), tuple(items).index(1.0))
print(items.index("a", 2), items.index(1, 0, 1))
for args in ((1, 1), ("z",), (2, 0, 1), (-5, 0, -1)):
    try:
        print(items.index(*args))
    except ValueError as e:
        print("ValueError", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError", e)
class S(str):
    def __eq__(self, o):
        print("S.__eq__", o)
        return str.__eq__(self, o)
    __hash__ = str.__hash__
print("a" in [S("b"), S("a")], "a" in (S("a"),))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(5 in [AlwaysEq()], "q" in (AlwaysEq(),), [AlwaysEq()].index(7))
class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, o):
        self.lst.clear()
        return False
l = []
l.extend([Shrink(l), 1, 2, 3])
print(3 in l, l)
l = [0]
l2 = [Shrink(l), 0]
print(0 in l2, len(l))
class I(int):
    def __eq__(self, o):
        print("I.__eq__", o)
        return int.__eq__(self, o)
    __hash__ = int.__hash__
print(4 in [I(3), I(4)])
print([1, 2, 3].count(2), ("a", "b", "a").count("a"))
big = list(range(100000))
print(99999 in big, -1 in big, big.index(54321), "x" in big)
print(sum(1 for i in range(0, 300) if i * 333 in big))
