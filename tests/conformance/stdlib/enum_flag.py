# Flag: combination, iteration, containment, negation, pseudo-members, STRICT errors
from enum import Flag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = 6

print(list(Perm), repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(7)))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(0).name)
print(repr(~Perm.R), list(Perm.R | Perm.X), (Perm.R | Perm.X).name, len(Perm.R | Perm.W))
print(Perm.RW in (Perm.R | Perm.W | Perm.X), Perm.X in Perm.RW, repr(Perm.R & Perm.W), repr(Perm.R ^ Perm.RW))
for bad in (8, 9, 100, -9):
    try:
        Perm(bad)
    except ValueError as e:
        print(str(e).replace("\n", " / "))
print(repr(Perm(-1)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
print(Color.__members__, [c.value for c in Color], repr(~Color.RED), repr(Color.RED & Color.GREEN))
try:
    1 in Color.RED
except TypeError as e:
    print("TypeError", e)
