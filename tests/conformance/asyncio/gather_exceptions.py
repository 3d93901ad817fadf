# gather: the first exception propagates; return_exceptions collects them.
import asyncio

async def ok(x):
    await asyncio.sleep(0)
    return x

async def bad(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)

async def main():
    print(await asyncio.gather(ok(1), bad("x"), ok(3), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad("first"), bad("second"))
    except KeyError as e:
        print("raised", e)
    print(await asyncio.gather())
    c = ok(7)
    print(await asyncio.gather(c, c))

asyncio.run(main())
