# itertools: groupby's shared iterator, tee's independent copies
from itertools import groupby, tee, islice

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
g = groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, k2, list(g1), list(g2), [k for k, _ in g])
print(list(groupby([])), [k for k, _ in groupby([1, 1.0, True, 2])])
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), type(a).__name__)
x, y, z = tee(iter(range(4)), 3)
print(list(x), list(y), list(z), tee([1], 0))
c, d = tee(islice(range(100), 5))
e, f = tee(c)
print(list(d), list(e), list(f))
