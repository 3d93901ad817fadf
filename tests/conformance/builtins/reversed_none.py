# `__reversed__ = None` makes reversed() refuse the object (collections.abc.Mapping too).
import collections.abc


class NoRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 3


class M(collections.abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())


for obj in (NoRev(), M()):
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)
print(collections.abc.Mapping.__reversed__)
