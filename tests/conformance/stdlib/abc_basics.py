# abc: abstract methods block instantiation; register; __subclasshook__
from abc import ABC, ABCMeta, abstractmethod, get_cache_token

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    @property
    @abstractmethod
    def sides(self): ...

for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)

class Square(Half):
    def name(self):
        return 'square'
    sides = 4
sq = Square()
print(sq.area(), sq.name(), sq.sides, sorted(Shape.__abstractmethods__), Square.__abstractmethods__, type(Shape).__name__)

class Proto(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(isinstance(Duck(), Proto), issubclass(int, Proto))
t0 = get_cache_token()
Proto.register(int)
print(issubclass(int, Proto), isinstance(True, Proto), get_cache_token() != t0, Proto.register(str) is str)
class Base(ABC):
    pass
print(issubclass(Square, Base), Base.__abstractmethods__, isinstance(ABC, ABCMeta))
try:
    Base.register(3)
except TypeError as e:
    print(e)
