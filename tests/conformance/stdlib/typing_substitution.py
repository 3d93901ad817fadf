# substitution of type variables, ParamSpec, Concatenate, TypeVarTuple, caching
import typing
from typing import (Callable, Concatenate, ParamSpec, TypeVar, TypeVarTuple, Unpack,
                    Generic, Tuple, List, Dict, Union, Optional, Literal, Annotated,
                    get_args, get_origin, overload, get_overloads, final, cast,
                    assert_never, assert_type, no_type_check, dataclass_transform)

T = TypeVar('T')
U = TypeVar('U', bound=int)
P = ParamSpec('P')
P2 = ParamSpec('P2')
Ts = TypeVarTuple('Ts')


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


C = Callable[Concatenate[int, P], T]
attempt('concat repr', lambda: C)
attempt('concat list', lambda: C[[str, float], bool])
attempt('concat empty', lambda: C[[], bool])
attempt('concat pspec', lambda: C[P2, int])
attempt('concat nested', lambda: C[Concatenate[str, P2], int])
attempt('concat args', lambda: get_args(C))
attempt('pspec bad', lambda: Callable[P, T][int, str])
attempt('pspec ellipsis', lambda: Callable[P, T][..., str])
attempt('pspec args', lambda: (P.args, P.kwargs, get_origin(P.args), P.args == P.args))


class Z(Generic[P]):
    pass


attempt('Z list', lambda: Z[[int, str]])
attempt('Z flat', lambda: Z[int, str].__args__)


class V(Generic[T, Unpack[Ts]]):
    pass


attempt('variadic', lambda: V[int, str, bytes])
attempt('variadic short', lambda: V[int])
attempt('variadic params', lambda: V.__parameters__)
attempt('tuple unpack', lambda: Tuple[int, Unpack[Ts]][str, float])
attempt('tuple splice', lambda: Tuple[Unpack[Ts]][Unpack[Tuple[int, str]]])
attempt('tuple none', lambda: Tuple[int, Unpack[Ts]][()])
attempt('star', lambda: [*Ts])
attempt('too few', lambda: V[()])

attempt('dict subst', lambda: Dict[T, List[T]][str])
attempt('union subst', lambda: Union[T, List[U]][str, bool])
attempt('nested', lambda: Dict[str, Callable[[T], U]][bytes, int])
attempt('annotated subst', lambda: Annotated[List[T], 'meta'][int])
attempt('literal', lambda: (Literal[1, 'a', None, int], Literal[1] == Literal[True]))
attempt('identity', lambda: (List[int] is List[int], Optional[T] is Optional[T],
                             Callable[[], int] is Callable[[], int]))
attempt('hash eq', lambda: (hash(Union[int, str]) == hash(Union[str, int]),
                            Union[int, str] == (str | int)))
attempt('bivariant', lambda: TypeVar('B', covariant=True, contravariant=True))
attempt('bounds', lambda: (U.__bound__, TypeVar('S', int, str).__constraints__))
try:
    list(typing.List)
except TypeError:
    print('iterate TypeError')


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x


print([o.__annotations__ for o in get_overloads(f)], f('z'))


@final
class Leaf:
    @final
    def m(self):
        pass


print(Leaf.__final__, Leaf.m.__final__)
print(cast(int, 'x'), assert_type(3, int))
attempt('assert_never', lambda: assert_never('q' * 200))


@no_type_check
class Loose:
    def m(self, x: 'undefined name') -> None:
        pass


print(Loose.__no_type_check__, Loose.m.__no_type_check__, typing.get_type_hints(Loose.m))


@dataclass_transform(kw_only_default=True, frozen=True)
def model(cls):
    return cls


print(model.__dataclass_transform__)
