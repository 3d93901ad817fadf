# sorted/list.sort/min/max: the same results, stability and errors as CPython,
# whatever the key types (pycell sorts ints, strs and simple tuples natively).
xs = [(i * 7919 + 3) % 101 - 50 for i in range(300)]
print(sorted(xs)[:10], sorted(xs, reverse=True)[:10])
print(sorted([2**70, -2**70, 3, -1, 0, 2**53 + 1, 2**53]))
print(sorted([1, 1.5, True, 0.5, -2, False]))
words = ["pear", "Apple", "apple", "b", "", "\uffff", "\U00010000", "\ud800", "zz", "\U0001f600a"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(sorted(["b", "a", "c"]), sorted("hello"))

# stability with keys, in both directions
recs = [(i % 5, "n%d" % i) for i in range(20)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted(recs, key=lambda r: -r[0]))
print(sorted(recs, key=lambda r: r[1][-1]))
print(sorted(range(20), key=lambda i: (i % 3, -i)))
print(sorted(range(20), key=lambda i: (i % 3, str(i))))
print(sorted(range(12), key=lambda i: (i % 2,)))
print(sorted([(1, "b"), (1, "a", 0), (0, "z"), (1, "a")]))
print(sorted([(1, 2.5), (1, 2), (0, 9)]))
print(sorted([(2**60, 1), (2**60 + 1, 0), (-5, 3)]))
print(sorted(["\U00010000", "\uffff"], key=lambda s: (1, s)))
l = [3, 1, 2]
l.sort(key=lambda v: -v)
print(l)
l.sort(reverse=True)
print(l)

# a comparison that is not supported
for bad in ([1, "a"], [(1, 2), (1, "x")], [None, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)

# user-defined __lt__: the comparisons CPython's timsort makes, in order
calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%d)" % self.v


ks = [K((i * 37) % 23) for i in range(23)]
print(sorted(ks))
print(len(calls), calls[:12])
calls.clear()
big = [K((i * 7919) % 211) for i in range(211)]
sorted(big)
print(len(calls), calls[-5:])
calls.clear()
print(sorted([K(2), K(1), K(2), K(0)], reverse=True), calls)

# a key function that raises leaves the list unchanged
l = [3, 1, 2]
try:
    l.sort(key=lambda v: 1 // (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, l)

# min and max: the first of equal keys wins
pairs = [(3, "a"), (1, "b"), (3, "c"), (1, "d")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[0]))
print(max([1.5, 2, 2.0, 1]), min([2, 1.0, 1]), max("abc", "abd"), min((1, 2), (1, 1)))
print(max([], default="empty"), min([0.5, -0.0, 0.0]))
