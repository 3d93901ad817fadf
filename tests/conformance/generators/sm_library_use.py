# Simple generators (state machines) used by library code: contextmanager,
# types.coroutine, itertools and builtins consuming them, inspect.getgeneratorstate.
import contextlib, types, traceback
@contextlib.contextmanager
def simple(tag):
    print("enter", tag)
    yield tag
    print("exit", tag)
with simple("a") as t:
    print("body", t)
try:
    with simple("b"):
        raise KeyError("in body")
except KeyError as e:
    print("propagated", e)
    traceback.print_exc()
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@types.coroutine
def sleeper():
    x = yield "tick"
    return x
async def main():
    r = await sleeper()
    return r
c = main()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("coro result", e.value)
import itertools
def gen(n):
    for i in range(n):
        yield i
print(list(itertools.islice(gen(10), 3)), list(zip(gen(3), gen(4))), dict(enumerate(gen(2))))
print(list(map(str, gen(3))), sorted(gen(4), reverse=True), max(gen(5)), any(x > 2 for x in gen(5)))
print(*gen(3), sep="|")
insp = __import__("insp" + "ect")
g = gen(2)
print(insp.getgeneratorstate(g)); next(g); print(insp.getgeneratorstate(g), insp.getgeneratorlocals(g)); list(g); print(insp.getgeneratorstate(g))
