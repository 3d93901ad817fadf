# WeakKeyDictionary / WeakValueDictionary are MutableMappings: ==, popitem,
# setdefault and the other mixins
import weakref
from collections.abc import MutableMapping


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


keep = [C(i) for i in range(4)]
for kind in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    print(kind.__name__, issubclass(kind, MutableMapping), kind.__hash__)
    if kind is weakref.WeakKeyDictionary:
        u = kind({keep[0]: 1, keep[1]: 2})
    else:
        u = kind({1: keep[0], 2: keep[1]})
    v = kind(u)
    print(u == v, u != v, u == dict(u.items()), len(u))
    k, val = v.popitem()
    print(len(v), u == v)
    key = keep[2] if kind is weakref.WeakKeyDictionary else 3
    item = 5 if kind is weakref.WeakKeyDictionary else keep[3]
    print(v.setdefault(key, item) is item, len(v), key in v)
