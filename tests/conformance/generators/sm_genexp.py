# Generator expressions (compiled as state machines): nesting, conditions, errors,
# send/throw/close, and the line of the genexp frame in tracebacks.
grid = [[i * j % 11 for j in range(5)] for i in range(5)]
print(sum(x for row in grid for x in row if x > 5))
print(list((a, b) for a in range(3) if a != 1 for b in "xy" if b != "x" or a == 0))
g = (x * 2 for x in [1, 2, 3])
print(next(g), list(g), list(g))
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("zde", e.__traceback__.tb_next.tb_lineno)
g = (x for x in range(3))
g.close(); print(list(g))
g = (x for x in range(3))
print(next(g))
try:
    g.throw(KeyError(1))
except KeyError as e:
    print("thrown", e)
print(list(g))
g = (x for x in range(3))
try:
    g.throw(KeyError(2))
except KeyError as e:
    print("unstarted", e)
print(list(g), g.gi_running, type(g).__name__, g.__name__, g.__qualname__)
def f(n):
    return [list(y * n for y in range(x)) for x in range(3)]
print(f(2))
print(list(x for x in ()), list(x for x in [[]] for y in x))
g = (x for x in [1, 2])
try:
    g.send(5)
except TypeError as e:
    print(e)
print(sorted((k, v) for k, v in {"a": 1, "b": 2}.items()))
try:
    list(x for x in 5)
except TypeError as e:
    print(e)
try:
    list(y for x in [1] for y in x)
except TypeError as e:
    print(e)
g = (x for x in range(10) if x % 2 if x > 3)
print(list(g))
def me():
    return (next(h) for _ in [1])
h = me()
try:
    next(h)
except ValueError as e:
    print(e)
print(list(x for x in iter([StopIteration, 1])))
def raiser():
    yield 1
    raise StopIteration
try:
    print(list(x for x in (next(iter([])) for _ in [1])))
except RuntimeError as e:
    print("rt", e)
