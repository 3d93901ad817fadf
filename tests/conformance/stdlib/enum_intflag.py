# IntFlag: int behaviour, KEEP boundary (unknown bits kept), str() is the int
from enum import IntFlag

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R | Perm.W), Perm.R + Perm.W)
print(repr(Perm(8)), repr(Perm.R | 8), repr(Perm.X & 1), type(Perm.X & 1).__name__)
print(repr(~Perm.R), repr(~Perm(8)), repr(Perm(-1)), repr(Perm(0)))
print(list(Perm(7)), Perm.W in Perm(6), Perm.R == 4, Perm.R | 1 == 5, isinstance(Perm.R, int))
