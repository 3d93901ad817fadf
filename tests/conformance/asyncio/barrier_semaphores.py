# Barrier rounds, abort and reset; Semaphore/BoundedSemaphore counting and order.
import asyncio

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" [")[-1], b.parties, b.n_waiting, b.broken)
    order = []

    async def party(name):
        idx = await b.wait()
        order.append((name, idx))
        return idx

    results = await asyncio.gather(*(party(n) for n in "abc"))
    print(sorted(results), order)
    again = await asyncio.gather(party("x"), party("y"), party("z"))
    print(sorted(again))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b2 = asyncio.Barrier(2)

    async def stuck():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError:
            print("waiter saw BrokenBarrierError")
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    print(b2.n_waiting)
    await b2.abort()
    await t
    print(b2.broken, repr(b2).split(" [")[-1])
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("broken barrier refuses wait")
    await b2.reset()
    print(b2.broken)
    async with asyncio.Barrier(1) as pos:
        print("async with gives", pos)

    sem = asyncio.Semaphore(2)
    log = []

    async def user(i):
        async with sem:
            log.append(("in", i, sem.locked()))
            await asyncio.sleep(0.01)
            log.append(("out", i))
    await asyncio.gather(*(user(i) for i in range(4)))
    print(log)
    print(repr(sem).split(" [")[-1])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s0 = asyncio.Semaphore(0)

    async def taker(i):
        await s0.acquire()
        print("taker", i, "got it")
    ts = [asyncio.create_task(taker(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    s0.release()
    s0.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(repr(s0).split(" [")[-1], [t.cancelled() for t in ts])

asyncio.run(main())
