# _functools.reduce and _functools.cmp_to_key
import functools
import _functools

print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(functools.reduce.__module__, functools.reduce)
r = functools.reduce
print(r(lambda a, b: a + b, [1, 2, 3]), r(lambda a, b: a * b, range(1, 20), 1), r(42, "x"), r(42, "", "init"))
print(r(lambda a, b: a + b, {"one": 1, "two": 2}), r(lambda a, b: a, [], None))

class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError

print(r(lambda a, b: a + b, Seq()), r(lambda a, b: a + b, Seq(), 100))
for args in [(), (1,), (1, 2, 3, 4), (lambda a, b: a, []), (lambda a, b: a, 3), (42, (1, 2))]:
    try:
        print(r(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    r(lambda a, b: a, [], initial=1)
except TypeError as e:
    print("TypeError", e)

class Bad:
    def __iter__(self):
        raise RuntimeError("boom")

try:
    r(lambda a, b: a, Bad())
except RuntimeError as e:
    print("RuntimeError", e)

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K).__module__, K(3).obj, K(obj=4).obj)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(3) >= K(4), K(1) == K(1), K(1) != K(1))
print(sorted([5, "3", 7, 2, "0"], key=functools.cmp_to_key(lambda a, b: int(a) - int(b))))
print(sorted(range(5), key=functools.cmp_to_key(lambda a, b: b - a)))
for call in [lambda: hash(K(1)), lambda: K(1) < 1, lambda: 1 < K(1), lambda: K(), lambda: K(1, 2),
             lambda: functools.cmp_to_key(), lambda: functools.cmp_to_key(len, None), lambda: type(K)()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

def boom(a, b):
    raise ZeroDivisionError("cmp")

try:
    functools.cmp_to_key(boom)(1) < functools.cmp_to_key(boom)(2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
import collections.abc
print(isinstance(K(1), collections.abc.Hashable))
