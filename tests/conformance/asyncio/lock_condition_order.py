# Lock/Condition/Event wake-up order, cancellation of waiters, error messages, reprs.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []

    async def user(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    await lock.acquire()
    ts = [asyncio.create_task(user(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(lock).split(" [")[-1])
    ts[1].cancel()
    lock.release()
    print(lock.locked())
    await asyncio.gather(*ts, return_exceptions=True)
    print(order, lock.locked(), repr(lock).split(" [")[-1])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    cond = asyncio.Condition()
    seen = []

    async def consumer(i):
        async with cond:
            await cond.wait()
            seen.append(i)
    cs = [asyncio.create_task(consumer(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(cond).split(" [")[-1])
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    print(seen)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    print(seen)
    for method in (cond.wait(), ):
        try:
            await method
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    items = []

    async def waiter_for():
        async with cond:
            r = await cond.wait_for(lambda: len(items) >= 2 and items)
            print("wait_for got", r)
    w = asyncio.create_task(waiter_for())
    for x in range(3):
        await asyncio.sleep(0)
        async with cond:
            items.append(x)
            cond.notify()
    await w
    ev = asyncio.Event()
    print(repr(ev).split(" [")[-1], ev.is_set())

    async def ev_wait(i):
        r = await ev.wait()
        print("event", i, r)
    es = [asyncio.create_task(ev_wait(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(repr(ev).split(" [")[-1])
    ev.set()
    ev.set()
    await asyncio.gather(*es)
    ev.clear()
    print(ev.is_set(), await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1))
    shared = asyncio.Lock()
    cond2 = asyncio.Condition(shared)
    async with cond2:
        print(shared.locked(), cond2.locked())
    print(shared.locked())

asyncio.run(main())
