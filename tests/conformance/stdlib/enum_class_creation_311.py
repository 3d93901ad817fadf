# enum 3.11 details: _value_repr_, _new_member_, dir() with enum.property,
# auto() in tuples, _ignore_ names usable in the body, duplicate names through
# vars().update, members named like a DynamicClassAttribute, no-members errors.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, ReprEnum
from types import DynamicClassAttribute


class A(Enum):
    x = 1
class B(int, Enum):
    x = 1
class C(float, Enum):
    x = 1.5
for k in (Enum, IntEnum, StrEnum, Flag, IntFlag, A, B, C):
    vr = k._value_repr_
    print(k.__name__, None if vr is None else vr.__name__, k._new_member_ is object.__new__,
          '__new__' in dir(k))
print(repr(C.x), str(C.x), format(C.x), repr(B.x))


class Base(Enum):
    @enum.property
    def first(self):
        return '%s is first!' % self.name
class Main(Base):
    first = auto()
    second = auto()
print(sorted(dir(Main.first)), Main.first.first, Main.second.first)


class Huh(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()
print([m.value for m in Huh])


weird = auto()
weird.value = 'pathological case'
class Color(Enum):
    red = weird
    def _generate_next_value_(name, start, count, last):
        return name
    blue = auto()
print([m.value for m in Color])


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i
print(list(Period.__members__), hasattr(Period, 'i'), hasattr(Period, '_ignore_'))

try:
    class FooBar(Enum):
        vars().update({'FOO_CAT': 'aloof'}, **{'FOO_CAT': 'small'})
except TypeError as e:
    print('TypeError:', e)


class DBase(Enum):
    @DynamicClassAttribute
    def test(self):
        return 'dynamic'
class DTest(DBase):
    test = 1
print(DTest.test, DTest.test.test, DTest.test.value)

for base in (Enum, Flag, IntEnum):
    try:
        class BadSuper(base):
            def __new__(cls, value):
                return super().__new__(cls, value)
            failed = 1
    except TypeError as e:
        print('TypeError:', e)


class Empty(Enum):
    pass
try:
    Empty(1)
except TypeError as e:
    print('TypeError:', e)


class NB(IntEnum):
    def __str__(self):
        return self.name.title()
    def __format__(self, spec):
        return self.name[::-1]
class NS(NB):
    first = auto()
print(str(NS.first), format(NS.first))


class NewStr(StrEnum):
    def __str__(self):
        return self.name.upper()
    first = auto()
print(str(NewStr.first), format(NewStr.first), '{:>8}|'.format(NewStr.first))

print(list(enum._iter_bits_lsb(7)))
try:
    list(enum._iter_bits_lsb(-8))
except ValueError as e:
    print('ValueError:', e)
