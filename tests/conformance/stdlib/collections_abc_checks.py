# collections.abc: structural checks, registration, mixin methods
import collections.abc as cabc
from collections import deque, OrderedDict, Counter

checks = [([], cabc.Sequence), ([], cabc.MutableSequence), ((), cabc.MutableSequence), ('', cabc.Sequence),
          ({}, cabc.Mapping), ({}, cabc.MutableMapping), (set(), cabc.Set), (frozenset(), cabc.MutableSet),
          (iter([]), cabc.Iterator), ([], cabc.Iterator), ([], cabc.Iterable), (len, cabc.Callable),
          (1, cabc.Hashable), ([], cabc.Hashable), ({}.keys(), cabc.KeysView), ({}.items(), cabc.Set),
          (range(3), cabc.Sequence), (deque(), cabc.MutableSequence), (OrderedDict(), cabc.MutableMapping),
          (Counter(), cabc.Mapping), ((x for x in ()), cabc.Generator), (b'', cabc.ByteString), ('', cabc.Reversible)]
for obj, abc in checks:
    print(type(obj).__name__, abc.__name__, isinstance(obj, abc))

class Sized3:
    def __len__(self):
        return 3
class NotHashable:
    __hash__ = None
print(issubclass(Sized3, cabc.Sized), issubclass(Sized3, cabc.Iterable), isinstance(NotHashable(), cabc.Hashable))

class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError:
    print('ValueError')

class Bag(cabc.MutableSet):
    def __init__(self, it=()):
        self.data = set(it)
    def __contains__(self, x):
        return x in self.data
    def __iter__(self):
        return iter(sorted(self.data))
    def __len__(self):
        return len(self.data)
    def add(self, x):
        self.data.add(x)
    def discard(self, x):
        self.data.discard(x)
b = Bag([1, 2, 3])
print(list(b | Bag([4])), list(b & Bag([2, 9])), list(b - Bag([1])), list(b ^ Bag([3, 4])), b <= Bag([1, 2, 3, 4]), b == Bag([3, 2, 1]))
b |= [7]; b -= [1]; print(list(b), b.isdisjoint([100]))

class Reg:
    pass
cabc.Sequence.register(Reg)
print(issubclass(Reg, cabc.Sequence), issubclass(Reg, cabc.Iterable), isinstance(Reg(), cabc.Sequence))
try:
    cabc.Mapping()
except TypeError as e:
    print('TypeError', e)
print(cabc.Iterable.__module__, cabc.MutableMapping.__abstractmethods__ == {'__getitem__', '__setitem__', '__delitem__', '__iter__', '__len__'})
print(cabc.KeysView({'a': 1}), list(cabc.ItemsView({'a': 1})), cabc.Iterable[int])
