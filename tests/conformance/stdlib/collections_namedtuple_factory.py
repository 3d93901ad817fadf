# namedtuple: names, rename, defaults, generated methods and their errors
from collections import namedtuple
import copy, pickle

P = namedtuple('P', 'x, y z', defaults=(0,))
p = P(1, 2)
print(p, P._fields, P._field_defaults, P.__match_args__, P.__doc__, P.__new__.__doc__)
print(P.x, P.x.__doc__, p.z, p._asdict(), p._replace(x=9), P._make(range(3)))
print(P.__new__.__defaults__, P._make.__qualname__, P.__repr__.__qualname__, P.__module__)
for bad in [lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, x=1), lambda: P._make([1]),
            lambda: p._replace(w=1), lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y')]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
for args in [('1x', 'a'), ('T', 'a class'), ('T', ['a', 5]), ('T', '_a'), ('T', 'a a'), ('T', 'def')]:
    try:
        namedtuple(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('T', 'a', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
R = namedtuple('R', ['abc', 'def', 'abc', '_x', '9'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields, repr(E._make([])))
M = namedtuple('M', 'a', module='somewhere')
print(M.__module__)
print(pickle.loads(pickle.dumps(p)) == p, copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
match p:
    case P(a, b, c):
        print('matched', a, b, c)
class Q(P):
    __slots__ = ()
    def norm(self):
        return self.x + self.y
print(Q(3, 4).norm(), repr(Q(3, 4)), type(Q._make([1, 2, 3])).__name__)
