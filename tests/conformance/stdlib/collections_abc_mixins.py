# collections.abc: mixin methods on minimal classes, built-in registrations
from collections import abc
import types

class Bag(abc.MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self): return 'Bag(%r)' % self.items

a, b = Bag([1, 2, 3]), Bag([3, 4])
print(a & b, a | b, a - b, a ^ b, [5, 1] - a, a <= Bag([1, 2, 3, 9]), a < a, a == Bag([3, 2, 1]))
print(a.isdisjoint([7]), a.__and__(5), a.__eq__({1}), Bag._hash(Bag([1, 2])) == hash(frozenset([1, 2])))
a |= [8]; a &= [1, 8, 3]; a ^= [3, 4]; a -= [4]; print(a)
print(a.pop(), a, end=' ')
a.remove(8)
try:
    a.remove(8)
except KeyError as e:
    print('KeyError', e)
a.clear(); print(a, len(a))

class Store(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store()
s.update({'a': 1}, b=2); s.update([('c', 3)])
print(list(s.items()), list(s.keys()), list(s.values()), s.get('zz', 0), 'a' in s, s == {'a': 1, 'b': 2, 'c': 3})
print(s.pop('a'), s.pop('a', 'gone'), s.setdefault('n', 5), s.popitem(), repr(s.keys())[:9])
print(('b', 2) in s.items(), 2 in s.values(), s.keys() & {'b'}, s.items() | {(1, 2)} >= {(1, 2)})
s.clear(); print(len(s))
try:
    s.popitem()
except KeyError:
    print('KeyError on empty popitem')

class Seq(abc.MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)
q = Seq(1, 2, 3, 2)
print(q.index(2), q.index(2, 2), q.index(2, -2), q.count(2), 3 in q, list(reversed(q)))
try:
    q.index(2, 0, 1)
except ValueError as e:
    print('ValueError', repr(e))
q.append(5); q.extend(q); q.reverse(); q += [0]; print(q.xs, q.pop(), q.pop(0))
q.remove(3); print(q.xs)
q.clear(); print(q.xs)

def gen():
    yield 1
async def coro():
    pass
c = coro()
checks = [(abc.Generator, gen()), (abc.Coroutine, c), (abc.Awaitable, c), (abc.Sequence, memoryview(b'')),
          (abc.Sequence, range(3)), (abc.MutableSequence, bytearray()), (abc.ByteString, b''),
          (abc.Mapping, types.MappingProxyType({})), (abc.KeysView, {}.keys()), (abc.ItemsView, {}.items()),
          (abc.ValuesView, {}.values()), (abc.Iterator, iter([])), (abc.Iterator, zip()),
          (abc.Reversible, {}.keys()), (abc.Hashable, []), (abc.Hashable, ()), (abc.Set, frozenset()),
          (abc.MutableSet, set()), (abc.Callable, len), (abc.Sized, 'x'), (abc.Collection, {}),
          (abc.Sequence, {}), (abc.Iterable, 5)]
for cls, obj in checks:
    print(cls.__name__, type(obj).__name__, isinstance(obj, cls))
c.close()
print(abc.Iterable[int], abc.MappingView({1: 2}), abc.Set.__module__, abc.Mapping.__reversed__)
class NoIter(abc.Iterable):
    __iter__ = None
print(issubclass(NoIter, abc.Iterable), list(abc.Iterable.__iter__(None)), abc.Sized.__len__(None))
