# Generic classes: parameters, subscription, subclassing a parameterized base
from typing import Generic, TypeVar, List

T = TypeVar('T')
K = TypeVar('K')

class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v

print(Box[int], Box.__parameters__, Box[int](3).v, Box.__mro__, Box.__orig_bases__, Box[int].__origin__)
print(Box[int](3).__orig_class__, Box[int] == Box[int], Box[int] == Box[str])

class Pair(Generic[K, T]):
    pass
print(Pair[str, int], Pair.__parameters__, Pair[str, T][int])

class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)

class MyList(List[T]):
    pass
print(MyList.__mro__, MyList.__parameters__)

for bad in (lambda: Box[int, str], lambda: Generic[int], lambda: IntBox[int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
