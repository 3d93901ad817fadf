# Subclasses of itertools types: keywords go to a subclass's own __init__;
# without one, the type refuses them.
from itertools import chain, cycle, islice, starmap, takewhile, dropwhile, filterfalse, repeat
import operator

cases = [
    (chain, ([1, 2], [3, 4]), 3),
    (cycle, ([1, 2],), 3),
    (islice, ([1, 2, 3, 4], 1, 3), 3),
    (starmap, (operator.pow, ((2, 3), (3, 2))), 3),
    (takewhile, (lambda x: x % 2 == 0, [2, 3, 4]), 3),
    (dropwhile, (lambda x: x % 2 == 0, [2, 3, 4]), 3),
    (filterfalse, (None, [0, 1]), 3),
]
for cls, args, n in cases:
    class plain(cls):
        pass
    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        plain(*args, newarg=3)
    except TypeError as e:
        print("TypeError:", e)
    u = with_init(*args, newarg=3)
    print(type(u).__name__, list(islice(u, n)), u.newarg)
