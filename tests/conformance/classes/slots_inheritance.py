class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
class Loose(Base):
    pass
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), hasattr(Loose(), "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print(e)
try:
    Base().a
except AttributeError as e:
    print(e)
