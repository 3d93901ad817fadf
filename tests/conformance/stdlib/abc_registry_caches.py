# abc: virtual subclasses, caches and the global token, hooks, abstract names
import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...

print(sorted(Base.__abstractmethods__), type(Base).__name__, Base.__slots__)
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Base):
    def run(self): return 'run'
print(sorted(Half.__abstractmethods__))
class Full(Half):
    def stop(self): return 'stop'
print(Full().run(), Full.__abstractmethods__)

token = abc.get_cache_token()
print(issubclass(int, Base), isinstance(3, Base))
print(Base.register(int) is int, abc.get_cache_token() != token)
print(issubclass(int, Base), isinstance(3, Base), issubclass(bool, Base), issubclass(float, Base))
print(Base.register(Full) is Full)
try:
    Base.register('nope')
except TypeError as e:
    print('TypeError', e)
try:
    Full.register(Base)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    issubclass(3, Base)
except TypeError as e:
    print('TypeError', e)

class Quacks(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacks:
            return hasattr(other, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Quacks), issubclass(int, Quacks), isinstance(Duck(), Quacks))
class Weird(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1
try:
    issubclass(int, Weird)
except AssertionError as e:
    print('AssertionError', e)

class Later(abc.ABC):
    def go(self): pass
Later.go = abc.abstractmethod(lambda self: None)
print(Later.__abstractmethods__, abc.update_abstractmethods(Later).__abstractmethods__)
print(abc.update_abstractmethods(int) is int)

class Old(abc.ABC):
    @abc.abstractclassmethod
    def a(cls): ...
    @abc.abstractstaticmethod
    def b(): ...
    @abc.abstractproperty
    def c(self): ...
print(sorted(Old.__abstractmethods__), abc.abstractproperty.__isabstractmethod__)
class Meta(abc.ABCMeta):
    pass
class ViaMeta(metaclass=Meta):
    @abc.abstractmethod
    def f(self): ...
print(ViaMeta.__abstractmethods__, isinstance(ViaMeta, abc.ABCMeta))
try:
    class Both(abc.ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print('TypeError', e)
