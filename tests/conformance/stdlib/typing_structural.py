# Protocol / runtime_checkable, NamedTuple, TypedDict and NewType behaviour
from typing import (Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
                    Generic, TypeVar, Required, NotRequired, SupportsInt, SupportsAbs,
                    get_type_hints, is_typeddict, List, Optional)

T = TypeVar('T')


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        pass


class NotClosable:
    close = None


class Plain(Protocol):
    def go(self): ...


attempt('isinstance File', lambda: isinstance(File(), Closer))
attempt('isinstance int', lambda: isinstance(3, Closer))
attempt('issubclass File', lambda: issubclass(File, Closer))
attempt('None member', lambda: issubclass(NotClosable, Closer))
attempt('not runtime', lambda: isinstance(File(), Plain))
attempt('instantiate', lambda: Plain())
attempt('decorate class', lambda: runtime_checkable(int))
attempt('SupportsInt', lambda: (isinstance(3, SupportsInt), isinstance('x', SupportsInt)))
attempt('SupportsAbs[int]', lambda: SupportsAbs[int])


def bad_base():
    class P(int, Protocol):
        pass
attempt('bad base', bad_base)


class Impl(Closer):
    def __init__(self, n):
        self.n = n
attempt('concrete subclass', lambda: Impl(4).n)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__)
print(Point.__orig_bases__[0] is NamedTuple, Point.__bases__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__module__)
attempt('both forms', lambda: NamedTuple('X', [('a', int)], b=str))


def default_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int
attempt('default order', default_order)


def overwrite():
    class Bad(NamedTuple):
        a: int
        _replace = 1
attempt('overwrite', overwrite)


class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
print(Pair[int], Pair.__parameters__, Pair(1, 2))


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Rated(Movie, total=False):
    stars: int
    name: Required[str]


m = Rated(title='x', name='y')
print(m, type(m), Rated.__total__, Movie.__total__)
print(sorted(Rated.__required_keys__), sorted(Rated.__optional_keys__))
print(Rated.__annotations__)
print(get_type_hints(Rated))
print(get_type_hints(Rated, include_extras=True))
print(is_typeddict(Rated), is_typeddict(dict))
attempt('isinstance TD', lambda: isinstance({}, Movie))
Func = TypedDict('Func', {'a': int, 'b': 'List[int]'}, total=False)
print(sorted(Func.__optional_keys__), Func.__annotations__['a'])


def mixed_bases():
    class Bad(Movie, int):
        pass
attempt('mixed bases', mixed_bases)


class Box(TypedDict, Generic[T]):
    item: T
print(Box[int], Box.__parameters__, Box.__bases__)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, Optional[UserId])


def sub_newtype():
    class Admin(UserId):
        pass
attempt('subclass NewType', sub_newtype)
