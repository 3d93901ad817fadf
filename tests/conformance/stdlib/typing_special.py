# NamedTuple, TypedDict, Protocol/runtime_checkable, isinstance rules, helpers
from typing import *

class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x')
print(type(m), m, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__, Movie.__annotations__)
class Rated(Movie):
    rating: float
print(Rated.__required_keys__, sorted(Rated.__optional_keys__), is_typeddict(Rated), is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)

class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return self.x + self.y
print(P(1), P(1, 2).norm(), P._fields, P._field_defaults, P.__annotations__, P.__mro__)
Q = NamedTuple('Q', [('a', int)])
print(Q(3), Q.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(e)

@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(3, Closable), issubclass(F, Closable))
class NP(Protocol):
    def m(self): ...
for bad in (lambda: isinstance(3, NP), lambda: NP(), lambda: isinstance([], List[int])):
    try:
        bad()
    except TypeError as e:
        print(e)
print(isinstance([], List), isinstance({}, Mapping), issubclass(list, Sequence), isinstance(3, Hashable))
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3, Union[int, str]), isinstance(3.0, int | str))
print(cast(int, 'x'), assert_type(3, int), TYPE_CHECKING)
try:
    assert_never(3)
except AssertionError as e:
    print(e)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(len(get_overloads(g)), g(3))
