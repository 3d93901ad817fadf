# types.coroutine makes a generator function awaitable.
import types

@types.coroutine
def legacy(n):
    total = 0
    for i in range(n):
        total += yield i
    return total

async def modern():
    return await legacy(3)

co = modern()
print(co.send(None))
print(co.send(1))
print(co.send(2))
try:
    co.send(3)
except StopIteration as e:
    print("total", e.value)

def plain_gen():
    yield 1

async def bad():
    await plain_gen()

b = bad()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
