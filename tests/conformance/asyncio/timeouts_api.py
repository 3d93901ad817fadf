# asyncio.timeout / timeout_at / Timeout states and wait_for edge cases.
import asyncio

async def slow(n):
    await asyncio.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t as same:
        print(same is t, repr(t))
        t.reschedule(loop.time() + 10)
        print(t.when() > loop.time())
        t.reschedule(None)
        await asyncio.sleep(0.01)
    print(repr(t), t.expired())
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.05) as t2:
            await slow(1)
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, repr(t2), t2.expired())
    print("cancelling after timeout:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("deadline in the past expires at the first await")
    try:
        async with asyncio.timeout(0.5):
            try:
                async with asyncio.timeout(0.01):
                    await slow(1)
            except TimeoutError:
                print("inner timeout")
            await slow(0.02)
            print("outer block finished")
    except TimeoutError:
        print("outer timeout (wrong)")
    print(await asyncio.wait_for(slow(0.01), 1))
    print(await asyncio.wait_for(slow(0.01), None))
    try:
        await asyncio.wait_for(slow(1), 0.01)
    except TimeoutError as e:
        print("wait_for TimeoutError", type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow(1), 0)
    except TimeoutError:
        print("wait_for with 0 times out")
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))

    async def guarded():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner saw cancel")
            raise
    inner = asyncio.create_task(asyncio.wait_for(guarded(), 5))
    await asyncio.sleep(0.01)
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError:
        print("wait_for cancelled from outside")

asyncio.run(main())
