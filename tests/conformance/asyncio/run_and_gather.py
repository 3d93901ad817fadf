# asyncio.run and gather: results in argument order, steps interleaved FIFO.
import asyncio

async def step(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * n

async def main():
    return await asyncio.gather(step("a", 3), step("b", 2), step("c", 1))

print(asyncio.run(main()))
