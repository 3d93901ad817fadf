# sorted()/list.sort() of small ints by counting (narrow span) or radix (wide span),
# short tie runs of tuple keys sorted in place, list() of sets straight from the table,
# and the fallbacks around them.
seed = 7


def randrange(lo, hi):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return lo + (seed >> 11) % (hi - lo)


for n in [0, 1, 2, 3, 5, 12, 13, 50, 97, 300, 5000]:
    for span in [1, 3, n + 1, 4 * n + 100, 10 ** 6, 2 ** 40]:
        xs = [randrange(-span // 2, span) for _ in range(n)]
        a = sorted(xs)
        b = sorted(xs, reverse=True)
        c = list(xs)
        c.sort()
        ok = a == c and b == a[::-1] and all(a[i] <= a[i + 1] for i in range(len(a) - 1))
        print(n, span, ok, a[:3], b[:3], sum(xs))

# sets: ints, mixed keys, True/1.0 stand-ins, None, and a subclass with its own __iter__
s = {x % 97 for x in range(20000)}
print(sorted(s)[:5], sorted(s)[-3:], len(list(s)))
print(sorted({3, -2, 10 ** 20, 7, -(10 ** 20)}))
t = {1, 2}
t.add(True)
t.add(2.0)
print(sorted(t), [type(v).__name__ for v in sorted(t)], list(t))
print(list({None}), sorted(frozenset([5, 4])))
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)


class MySet(set):
    def __iter__(self):
        return iter([9, 8, 7])


print(sorted(MySet([1, 2])), list(MySet([1, 2])))

# bools and ints sort together; equal values keep their order (True before 1 stays)
mixed = [1, True, 0, False, 2, 1]
print(sorted(mixed), [type(v).__name__ for v in sorted(mixed)])

# tuple keys whose later columns have short runs of ties: stability is visible
recs = [(i % 3, i % 5, "abcde"[i % 5], i) for i in range(40)]
print(sorted(recs, key=lambda r: (r[0], r[1]))[:8])
print(sorted(recs, key=lambda r: (r[0], r[2]), reverse=True)[:8])
words = ["b", "a", "c", "a", "b"]
print(sorted(range(10), key=lambda i: (i % 2, words[i % 5])))
