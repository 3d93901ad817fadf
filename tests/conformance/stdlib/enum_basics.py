# Enum members: repr/str/format, lookup by value and by name, aliases, iteration
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return self.name.lower()

print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED:>10}|")
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color.RED.describe())
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(Color.RED.name, Color.RED.value, type(Color.RED) is Color, isinstance(Color.RED, Color))
print(Color.RED in Color, {Color.RED: "r"}[Color.RED], Color.RED == 1, hash(Color.RED) == hash("RED"))
print(repr(Color), type(Color).__name__, Color.__mro__)
print(dir(Color))
print(dir(Color.RED))
