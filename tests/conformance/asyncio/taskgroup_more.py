# TaskGroup: results, several errors, cancellation of siblings and of the body, reprs.
import asyncio

async def val(v, d=0.01):
    await asyncio.sleep(d)
    return v

async def fail(msg, d=0.01):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(val(1))
        b = tg.create_task(val(2), name="second")
        print(repr(tg), b.get_name())
    print(a.result(), b.result(), repr(tg))
    cancelled = []

    async def long():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append("long")
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one"))
            tg.create_task(fail("two"))
            tg.create_task(long())
            await asyncio.sleep(1)
            print("body not reached")
    except* ValueError as eg:
        print(sorted(str(e) for e in eg.exceptions), cancelled)
    print("cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long())
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg.exceptions[0]), cancelled)
    tg = asyncio.TaskGroup()
    c = val(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = val(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    async def outer():
        async with asyncio.TaskGroup() as g:
            g.create_task(long())
            await asyncio.sleep(10)
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer task cancelled through the group", cancelled)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("x"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))

asyncio.run(main())
