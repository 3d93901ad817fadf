# A coroutine stepped by hand: send(None) runs it to its first suspension.
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

async def add_later(a):
    b = await suspend("need b")
    c = await suspend("need c")
    return a + b + c

co = add_later(1)
print(type(co).__name__, co.__name__, co.__qualname__)
print(co.send(None))
print(co.send(10))
try:
    co.send(100)
except StopIteration as e:
    print("returned", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
