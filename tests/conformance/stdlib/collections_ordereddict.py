# OrderedDict: move_to_end, popitem(last), order-sensitive equality, repr
from collections import OrderedDict

o = OrderedDict.fromkeys('abcde')
o.move_to_end('b'); print(''.join(o))
o.move_to_end('b', last=False); print(''.join(o))
print(o.popitem(), o.popitem(last=False), list(o))
a, b = OrderedDict(x=1, y=2), OrderedDict(y=2, x=1)
print(a == b, dict(a) == dict(b), a == dict(b), a != b)
print(OrderedDict(), OrderedDict([('a', 1), ('b', 2)]), list(reversed(a)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', repr(e))
try:
    a.move_to_end('zz')
except KeyError as e:
    print('KeyError', repr(e))
s = OrderedDict(k=1); s['self'] = s; print(s)
print(a | {'z': 0}, type(a.copy()).__name__, a.setdefault('q', 9), a)
