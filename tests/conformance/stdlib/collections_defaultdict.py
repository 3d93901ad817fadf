# defaultdict: __missing__, default_factory, repr
from collections import defaultdict

d = defaultdict(list)
for k, v in [('yellow', 1), ('blue', 2), ('yellow', 3), ('blue', 4), ('red', 1)]:
    d[k].append(v)
print(sorted(d.items()), d)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, counts.default_factory, 'x' in counts, counts.get('x'), len(counts))
n = defaultdict()
try:
    n['k']
except KeyError as e:
    print('KeyError', e)
print(n, defaultdict(None, {1: 2}), defaultdict(list, a=[1]))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c = d.copy(); c['new'].append(0); print(type(c).__name__, 'new' in d, c.default_factory)
class D(defaultdict):
    pass
print(D(int), isinstance(d, dict), type(d | {'z': 1}).__name__)
r = defaultdict(list); r[1]; print(r)
