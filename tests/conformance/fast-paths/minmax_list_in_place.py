# min()/max() read an exact list in place, as its iterator does: items a key function
# appends are seen, a cleared list ends the scan. max() with tuple keys compares them
# item by item (tuplerichcompare with Py_GT), user __gt__/__eq__ called as CPython does.
lst = [3, 1, 2]


def grow(x):
    if len(lst) < 8:
        lst.append(x + 10)
    return x


print(max(lst, key=grow), lst)
lst = [5, 9, 1, 7]


def stop(x):
    if x == 9:
        lst.clear()
    return x


print(min(lst, key=stop), lst)
lst = [4, 2, 8, 6]


def resort(x):
    if x == 2:
        lst.sort()
    return -x


print(max(lst, key=resort), lst)
print(max((1, 2), (1, 3), (0, 9)), min((1, 2), (1, 3), (0, 9)))
print(max([(1, "b"), (1, "a"), (1, "b", 0)]), max([(2,), (2, 0), (1, 5)]))
print(max(["b", "ab", "ba", "\U0001F600", "\uffff"]), max([(1, "\U0001F600"), (1, "\uffff")]))
t = (3, 7, 5)
print(max(t), min(t), max(t, key=lambda v: -v), max([[1, 2], [1, 3]], key=tuple))


class K:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    __hash__ = None


ks = [K(1), K(3), K(2)]
print(max(ks, key=lambda k: (0, k)).v)
print(max([(K(1), 1), (K(1), 2)])[1])
try:
    max([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    max([(1, 2), (1, None)], key=lambda t: t)
except TypeError as e:
    print("TypeError:", e)
print(max([(1, 2.5), (1, 2)]), max([(True, 1), (1, 2)]), max([(1, float("nan")), (1, 3)]))
