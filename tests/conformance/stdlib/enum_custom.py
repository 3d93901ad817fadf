# Members with __init__/__new__, properties, _missing_, _generate_next_value_, _ignore_
from enum import Enum, auto, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))

class Labeled(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = (1, "first")
    B = (2, "second")

print(Labeled(2), Labeled.B.label, Labeled.A.value)

class Color(Enum):
    RED = 1
    GREEN = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

print(Color("red"), Color("green"))
try:
    Color(7)
except ValueError as e:
    print(e)

class Doubled(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    AA = auto()
    BB = auto()
print(list(Doubled))

class Counted(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Counted))

class WithIgnore(Enum):
    _ignore_ = "tmp"
    tmp = 3
    X = 1
print(list(WithIgnore), hasattr(WithIgnore, "tmp"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
