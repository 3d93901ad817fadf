# Async generators left suspended by a break are finalized (aclose scheduled on the loop).
import asyncio
class CM:
    def __init__(self, n): self.n = n
    async def __aenter__(self):
        await asyncio.sleep(0); print("enter", self.n); return self.n
    async def __aexit__(self, *a):
        await asyncio.sleep(0); print("exit", self.n, a[0]); return False
async def gen():
    for i in range(5):
        async with CM(i) as v:
            yield v
async def f():
    async for x in gen():
        if x == 2:
            break
        print("x", x)
    try:
        async with CM(9):
            return "early"
    finally:
        print("finally")
async def closures():
    fs = []
    for i in range(3):
        async def c(i=i):
            await asyncio.sleep(0)
            return i * 2
        fs.append(c)
    return [await c() for c in fs], await asyncio.gather(*(c() for c in fs))
async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
async def main():
    print(await f())
    print(await closures())
    print(await deep(200))
    g = (i async for i in gen())
    print(await g.__anext__())
    await g.aclose()
    print([x async for x in gen() if x % 2])
asyncio.run(main())
