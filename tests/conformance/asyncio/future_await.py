# Awaiting a Future set from a callback; shield keeps the inner task running.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "ready")
    print(fut.done(), repr(fut))
    print(await fut, repr(fut))
    f2 = loop.create_future()
    f2.set_exception(ValueError("x"))
    print(repr(f2))
    try:
        await f2
    except ValueError as e:
        print("raised", e)
    f3 = loop.create_future()
    f3.cancel()
    print(repr(f3), f3.cancelled())
    inner = asyncio.create_task(asyncio.sleep(0.01, "inner result"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)
    c = main()
    print(asyncio.isfuture(fut), asyncio.isfuture(1), asyncio.iscoroutine(c))
    c.close()

asyncio.run(main())
