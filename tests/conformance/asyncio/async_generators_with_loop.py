# Async generators and comprehensions driven by the event loop.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    async def consume(name, delay):
        return [f"{name}{i}" async for i in ticker(3, delay)]
    print(await asyncio.gather(consume("a", 0.01), consume("b", 0.015)))
    agen = ticker(5, 0)
    async for v in agen:
        if v == 2:
            break
    await agen.aclose()
    print("closed", v)

asyncio.run(main())
