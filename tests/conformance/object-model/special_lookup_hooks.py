# list() asks a class for __len__ or __length_hint__ first, sys.getsizeof asks
# __sizeof__; both go through descriptors, and their errors reach the caller
import sys

calls = []


class Descr:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        calls.append(self.f.__name__)
        return self.f.__get__(obj, owner)


class Boom(Exception): pass


class Broken:
    def __get__(self, obj, owner):
        raise Boom


def hint(self): return 3
def size(self): return 10


class It:
    def __iter__(self): return iter([1, 2])
    __length_hint__ = Descr(hint)
    __sizeof__ = Descr(size)

print(list(It()), sys.getsizeof(It()), calls)


class Bad:
    def __iter__(self): return iter([])
    __length_hint__ = Broken()

try:
    list(Bad())
except Boom:
    print("Boom from __length_hint__")


class Neg:
    def __iter__(self): return iter([])
    def __length_hint__(self): return -1
    def __sizeof__(self): return -1

for f in (list, sys.getsizeof):
    try:
        f(Neg())
    except ValueError as e:
        print("ValueError", e)


class Ignored:
    def __iter__(self): return iter([7])
    def __length_hint__(self): raise TypeError("ignored")
    def __sizeof__(self): return "x"

print(list(Ignored()), sys.getsizeof(Ignored(), 5))
