# Semaphore limits concurrency; Condition notify wakes waiters in order.
import asyncio

async def limited(sem, n, log):
    async with sem:
        log.append(f"+{n}")
        await asyncio.sleep(0.01)
        log.append(f"-{n}")

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(limited(sem, i, log) for i in range(5)))
    print(log)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "takes", items.pop(0))
    tasks = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in ("x", "y"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
