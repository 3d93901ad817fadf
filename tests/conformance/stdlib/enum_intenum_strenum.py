# IntEnum and StrEnum members are ints and strs (3.11 str()/format() of the value)
from enum import IntEnum, StrEnum, auto

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2

print(repr(Shape.CIRCLE), str(Shape.CIRCLE), format(Shape.CIRCLE), f"{Shape.SQUARE:>4}|")
print(Shape.CIRCLE + 1, Shape.CIRCLE < Shape.SQUARE, Shape.SQUARE * 3, Shape(2), max(Shape))
print(sorted([Shape.SQUARE, Shape.CIRCLE]), [10, 20, 30][Shape.SQUARE], int(Shape.SQUARE))
print({1: "one"}[Shape.CIRCLE], Shape.CIRCLE == 1, isinstance(Shape.CIRCLE, int), hash(Shape.CIRCLE) == 1)
print("%s %d %r" % (Shape.CIRCLE, Shape.CIRCLE, Shape.CIRCLE), format(Shape.CIRCLE, "03d"))

class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    APPEND = "a"

print(list(Mode), str(Mode.READ), repr(Mode.WRITE), f"{Mode.APPEND}")
print(Mode.READ == "read", Mode("write"), Mode.READ.upper(), Mode.READ + "!", len(Mode.WRITE))
print(" ".join([Mode.READ, Mode.APPEND]), {"read": 1}[Mode.READ], "ea" in Mode.READ)
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError", e)
