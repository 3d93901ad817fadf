a = {1, 2, 3}
b = {3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4}, a < a, a.isdisjoint({9}), {1}.issubset(a), a.issuperset({1, 2}))
fs = frozenset([1, 2])
print(fs | {3} == {1, 2, 3}, type(fs | {3}).__name__, type({3} | fs).__name__)
s = set()
s.update([1, 2], (3,))
s.difference_update({1})
print(sorted(s), s.pop() in {2, 3}, len(s))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
