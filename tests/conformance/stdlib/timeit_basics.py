# timeit: string statements with setup/globals, callables, repeat, errors
# (only the kind of the results is printed, never a duration)
import functools
import timeit


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache
def mfib(n):
    return n if n < 2 else mfib(n - 1) + mfib(n - 2)


t1 = timeit.timeit(lambda: fib(10), number=5)
t2 = timeit.timeit("mfib(15)", globals=globals(), number=5)
t3 = timeit.timeit("fib(8)", setup="from __main__ import fib", number=3)
print(type(t1).__name__, t2 >= 0, t3 >= 0, mfib.cache_info().hits > 0)
r = timeit.repeat("x = sum(range(100))", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
t = timeit.Timer("for i in range(n): s += i", setup="n = 10\ns = 0")
print(t.timeit(3) >= 0, t.repeat(2, 1) != [])
try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
for bad in [(5, "pass"), ("pass", 5)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print(e)
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number, timeit.default_repeat)
