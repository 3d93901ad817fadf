# A set of ints, floats or tuples iterates in the order of CPython's hash table, not in
# insertion order: the slots the keys take, collisions, dummies left by removals,
# resizes, and how each operation builds its result.
print({3, 1, 2}, {100, 5, 37}, {-1, -2, 5, 8, 13, 21, 34}, {2.5, 1.0, 0.5, -3.25})
print({(1, 2), (2, 1), (0, 0)}, frozenset([40, 8, 16, 3]), set(range(20, 0, -3)))
for x in {40, 8, 16, 3}:
    print(x, end=" ")
print([x for x in {33, 1, 65, 97}], {x % 10 for x in range(100, 0, -7)})

s = set()
for v in [100, 5, 37, 64, 1, 2**40, -7, 99]:
    s.add(v)
print(s, list(s), sorted(s) == sorted(list(s)))
s.discard(37)
s.add(69)
s.add(37)
print(s)

a = set(range(30, 0, -4))
b = {4, 8, 15, 16, 23, 42}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([99, 3]), a.intersection([6, 2, 30]), a.difference([2, 6]), a.symmetric_difference([1, 2, 3]))
c = set(a)
c &= b
d = set(a)
d |= {1000, 64}
e = set(a)
e ^= b
print(c, d, e, a.copy(), frozenset(a), set(dict.fromkeys([9, 17, 1, 33])))

p = {50, 18, 82, 2, 34}
print([p.pop() for _ in range(3)], p)

# a removed key's slot is reused by the next key passing through it
k = set()
for v in [33, 46, 47, 49, 17, 48, 4, 16, 11, 57, 42, 7, 41]:
    k.add(v)
for v in [47, 49]:
    k.discard(v)
for v in [21, 36, 18, 47]:
    k.add(v)
print(k)
