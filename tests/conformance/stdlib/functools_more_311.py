# functools: partial.__setstate__ keeps exact dicts and replaces the namespace,
# total_ordering's methods pickle by reference, singledispatch with string
# annotations and staticmethod/classmethod registration, lru_cache of len.
import builtins
import collections.abc
import copy
import functools
import pickle


def capture(*args, **kw):
    return args, kw

f = functools.partial(capture, 1, bar=[True])
g = copy.copy(f)
print(g.keywords is f.keywords, g.args is f.args)
f.__setstate__((capture, (1,), dict(a=10), dict(attr=[])))
print(f.__dict__, f(2, b=20))
f.__setstate__((capture, (1,), dict(a=10), None))
print(f.__dict__, f(2))


@functools.total_ordering
class Ord:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __eq__(self, other):
        return self.v == other.v

print(Ord.__gt__.__name__, Ord.__gt__.__qualname__, Ord.__gt__.__module__)
print(pickle.loads(pickle.dumps(Ord.__ge__)) is Ord.__ge__, Ord(2) >= Ord(1))


@functools.singledispatch
def kind(arg):
    return "object"

@kind.register
def _(arg: "collections.abc.Sequence"):
    return "sequence"

print(kind([1]), kind(3))


class A:
    @functools.singledispatchmethod
    def t(self, arg):
        return "default"

    @t.register
    @staticmethod
    def _(arg: int):
        return "int"

    @t.register
    @classmethod
    def _(cls, arg: str):
        return "str " + cls.__name__

print(A().t(1), A().t("x"), A().t(1.5))

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
finally:
    builtins.len = old_len
