import inspect
def a():
    print(inspect.getgeneratorstate(gb), gb.gi_yieldfrom)
    yield
def b():
    yield from a()
    print(gb.gi_yieldfrom)
    yield
gb = b()
print(inspect.getgeneratorstate(gb))
gb.send(None); print(inspect.getgeneratorstate(gb), gb.gi_yieldfrom.gi_code.co_name)
gb.send(None); print(gb.gi_yieldfrom)
[] = gb; print(inspect.getgeneratorstate(gb), gb.gi_yieldfrom)
class E(Exception):
    def __new__(cls, *a): return cls
def g():
    try:
        yield
    except TypeError as e:
        print("inside:", e)
x = g(); next(x)
try: x.throw(E)
except StopIteration: print("stop")
x = g(); next(x); x.__name__ = 'q'; print(x.__name__, x)
try: x.__qualname__ = 3
except TypeError as e: print(e)
def h():
    try:
        yield 1
    except GeneratorExit:
        yield 2
y = h(); next(y)
try: y.close()
except RuntimeError as e: print(e)
async def c(): pass
co = c(); print(inspect.getcoroutinestate(co)); co.close(); print(inspect.getcoroutinestate(co))
