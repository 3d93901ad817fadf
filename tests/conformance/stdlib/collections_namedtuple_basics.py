# namedtuple: fields, defaults, _make/_asdict/_replace, tuple behaviour
from collections import namedtuple

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__doc__, Point.__name__, Point.__module__, Point.__match_args__)
print(p._asdict(), p._replace(x=10), Point._make([3, 4]), tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, p + (3,), p * 2, p[::-1], hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3.__new__.__defaults__, P3.__new__.__doc__, P3.__new__.__qualname__)
print(namedtuple('R', 'a def _b a', rename=True)._fields)
print(Point.x, Point.x.__doc__)
match p:
    case Point(x, y):
        print('matched', x, y)
