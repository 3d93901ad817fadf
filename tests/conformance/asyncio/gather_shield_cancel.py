# gather() cancellation and return_exceptions, shield(), ensure_future, sleep results.
import asyncio

async def val(v, d=0.01):
    await asyncio.sleep(d)
    return v

async def boom(d=0.01):
    await asyncio.sleep(d)
    raise ValueError("boom")

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(val(1), val(2, 0.001), asyncio.sleep(0, "s")))
    print(await asyncio.gather(val(1), boom(), return_exceptions=True))
    c = val(3)
    print(await asyncio.gather(c, c))
    g = asyncio.gather(val(1, 1), val(2, 1))
    await asyncio.sleep(0)
    print(g.cancel("enough"), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    t = asyncio.create_task(val(5, 1))
    g2 = asyncio.gather(t, val(6), return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("child")
    print([repr(r) for r in await g2])
    t3 = asyncio.create_task(val(7, 1))
    g3 = asyncio.gather(t3, val(8))
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("child cancellation propagates")
    inner = asyncio.create_task(val("inner", 0.05))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield outer cancelled")
    print(await inner, inner.cancelled())
    done = asyncio.ensure_future(val(9))
    print(asyncio.shield(done) is not done)
    print(await done, asyncio.shield(done) is done)

    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom"
    f = asyncio.ensure_future(Awaitable())
    print(type(f).__name__, await f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.sleep(0.01, result="slept"))
    first = asyncio.create_task(boom())
    rest = asyncio.create_task(val(1, 0.1))
    try:
        await asyncio.gather(first, rest)
    except ValueError:
        print("first error propagates; sibling still running:", not rest.done())
    print(await rest)
    c = val(1)
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    async def waiter():
        return await asyncio.to_thread(sum, [1, 2, 3])
    print(await waiter())

asyncio.run(main())
