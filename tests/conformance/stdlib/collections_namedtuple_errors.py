# namedtuple: the errors of the factory and of the generated class
from collections import namedtuple

for args in [('P', 'x 1y'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'), ('1P', 'x')]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('P', 'x', defaults=(1, 2))
except TypeError as e:
    print('TypeError', e)
P = namedtuple('P', 'x y')
for thunk in [lambda: P(1), lambda: P(1, 2, 3), lambda: P._make([1]), lambda: P(1, 2)._replace(z=3), lambda: P(1, z=2)]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = P(1, 2)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
