# Counter: counting, most_common order, elements, update/subtract, arithmetic
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.most_common(3), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz'); c.update({'b': 5}); c.subtract(a=1); print(c)
c.subtract(['z', 'z']); print(c)
del c['missing']; del c['z']; print(c, 'z' in c)
x, y = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-2)
print(x + y, x - y, x | y, x & y, +y, -y)
x += y; print(x)
print(Counter(), Counter(a=0, b=-1), Counter({'x': 2}), Counter(cats=4, dogs=8))
print(Counter(a=1, b=2) == Counter(b=2, a=1, c=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(2), isinstance(c, dict), c.copy() == c)
