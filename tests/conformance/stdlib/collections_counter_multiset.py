# Counter: in-place multiset operators, comparisons, unary ops, repr fallbacks
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=4, d=2)
print(a + b, a - b, a | b, a & b)
print(+a, -a)
c = a.copy(); c += b; print(c)
c = a.copy(); c -= b; print(c)
c = a.copy(); c |= b; print(c)
c = a.copy(); c &= b; print(c)
c = Counter(x=1); c += {'x': 2, 'y': -1}; print(c)
try:
    c += 1
except AttributeError as e:
    print('AttributeError', e)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) > Counter(a=2, b=0))
print(Counter(a=1) == {'a': 1}, Counter(a=1).__le__({'a': 1}))
for op in ('__add__', '__sub__', '__or__', '__and__'):
    print(op, getattr(Counter(), op)({'a': 1}))
d = Counter('abracadabra')
print(d.most_common(), d.most_common(2), d.most_common(0), d.most_common(-3))
print(sorted(d.elements())[:6], d.total())
d.subtract('aaz'); print(d)
d.subtract({'b': 5}, r=1); print(d)
d.update({'q': 2}); d.update(['q'], q=3); print(d['q'], d['missing'])
del d['not-there']; print(len(d))
print(repr(Counter({'a': 'x', 'b': 2 + 3j})), repr(Counter()))
class Sub(Counter):
    pass
s = Sub('aab')
print(repr(s), type(s.copy()).__name__, type(+s).__name__, s.__reduce__())
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
e = Counter()
e.update({'k': 5}); print(e)
