# enum: functional API forms, verify() checks and their messages, _missing_ errors,
# Flag boundaries on out-of-range values.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS


def err(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        print(label, type(e).__name__, e, ctx)


A = Enum('A', 'x y, z')
B = Enum('B', [('p', 5), ('q', 7)])
C = IntEnum('C', {'one': 1, 'two': 2}, module=__name__, qualname='Outer.C')
D = Enum('D', ['a', 'b'], start=10)
E = Enum('E', ())
print(list(A), list(B), list(C), C.__qualname__, C.__module__, list(D), list(E))
print(A.__module__, list(reversed(A)), len(A), A['y'], 'x' in A.__members__)

err('unique', lambda: verify(UNIQUE)(Enum('U', [('a', 1), ('b', 1), ('c', 2), ('d', 2)])))
err('continuous', lambda: verify(CONTINUOUS)(Enum('V', [('a', 1), ('b', 4), ('c', 7)])))
err('continuous flag', lambda: verify(CONTINUOUS)(Flag('W', [('a', 1), ('b', 8)])))
err('continuous ok', lambda: verify(CONTINUOUS, UNIQUE)(Enum('V2', [('a', 1), ('b', 2)])))
err('named one', lambda: verify(NAMED_FLAGS)(Flag('N', [('a', 1), ('b', 2), ('ab', 7)])))
err('named two', lambda: verify(NAMED_FLAGS)(Flag('N2', [('a', 1), ('x', 9), ('y', 17)])))


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if value == 'bad':
            return 3
        if value == 'boom':
            raise KeyError(value)
        if value == 've':
            raise ValueError('mine')
        return None


for v in (1, [2], 9, 'bad', 'boom', 've'):
    err(repr(v), Color, v)
err('empty', Enum('Empty', ()), 1)


class Perm(Flag, boundary=enum.STRICT):
    R = 4
    W = 2
    X = 1


class Keep(IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2


err('strict', Perm, 9)
err('strict ok', Perm, 6)
err('keep', Keep, 13)
err('keep neg', Keep, -1)
err('conform', Conform, 7)
err('eject', Eject, 12)
err('flag str', Perm, 'x')
print(Perm(-1), repr(Perm(0)), Perm.R in Perm(6), len(Perm(7)), list(Perm(5)))
err('contains', lambda: 1 in Perm.R)
