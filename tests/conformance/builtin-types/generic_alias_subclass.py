# a subclass of types.GenericAlias, and collections.abc.Callable[[args], result]
import types, typing, pickle
import collections.abc as cabc


class Sub(types.GenericAlias):
    pass


d = Sub(list, float)
print(type(d).__name__, d, d.__origin__, d.__args__)
print(list[float] == d, list[int] | d)
print(repr(list[int] | list[str] | dict[float, str] | d))
print(d.__reduce__()[0] is Sub)

T = typing.TypeVar("T")
P = typing.ParamSpec("P")
for a in (cabc.Callable[[int], str], cabc.Callable[..., str], cabc.Callable[[], str],
          cabc.Callable[[T], T], cabc.Callable[P, T]):
    print(type(a).__name__, repr(a), a.__args__, a.__parameters__)
print(cabc.Callable[[T], T][int], type(cabc.Callable[[T], T][int]).__name__)
print(pickle.loads(pickle.dumps(cabc.Callable[[int], str])))
print(cabc.Callable[[int], str] == cabc.Callable[[int], str])
print(hash(cabc.Callable[[int], str]) == hash(cabc.Callable[[int], str]))
for key in ("x", (int,), ([int],), (int, str)):
    try:
        cabc.Callable[key]
    except TypeError as e:
        print("TypeError:", e)
