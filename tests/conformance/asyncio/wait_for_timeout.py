# wait_for and timeout(): TimeoutError, and the inner task is cancelled.
import asyncio

async def slow(log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise

async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(asyncio.sleep(0, "quick"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0, "none"), timeout=None))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        print(cm.when())

asyncio.run(main())
