# list[T][int], (int | list[T])[str]: type-variable substitution in
# types.GenericAlias and types.UnionType, their __parameters__, ==, hash, pickling
import typing, types, pickle, copy

T = typing.TypeVar("T")
S = typing.TypeVar("S")

print(list[T][int], dict[T, int][str], tuple[T, ...][int])
print(list[T].__parameters__, dict[T, S].__parameters__, list[int].__parameters__)
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
print((float | list[T])[int])
print((list[T] | list[S]).__parameters__)
print((list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print(type((int | list[T])[str]).__name__)

for bad in (lambda: list[int][int], lambda: list[T][int, str], lambda: (int | str)[int],
            lambda: list[T][()]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(list[int] == list[int], list[int] != list[str], list[int] == tuple[int])
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int].__reduce__())
u = list[T] | int
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(u, proto))
    print(proto, back == u, back.__args__ == u.__args__, back.__parameters__)
print(copy.deepcopy(list[T]) == list[T], copy.copy(u) == u)
print(repr(int | typing.GenericAlias(list, int)))


class BadType(type):
    def __eq__(self, other):
        return 1 / 0


bt = BadType("bt", (), {})
try:
    list[int] | list[bt]
except ZeroDivisionError:
    print("ZeroDivisionError from ==")
