# The functional API: Enum('Name', names) with strings, lists, pairs and dicts
from enum import Enum, IntEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__qualname__, Animal.BEE.value)
Pair = Enum("Pair", [("a", 10), ("b", 20)], qualname="Outer.Pair")
print(list(Pair), repr(Pair), Pair.__qualname__)
Letters = Enum("Letters", "a,b, c", start=5)
print(Letters.__members__)
D = Enum("D", {"x": "ex", "y": "why"})
print(list(D), D("why"))
N = IntEnum("N", ["one", "two"])
print(N.one + N.two, repr(N.two))
