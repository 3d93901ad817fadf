# Queue bounds, blocking put/get, join/task_done, Priority/Lifo order, cancelled getters.
import asyncio

async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.full(), str(q))
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    log = []

    async def producer():
        for x in "cde":
            await q.put(x)
            log.append("put " + x)
    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print(str(q))
    while len(log) < 3 or not q.empty():
        log.append("got " + await q.get())
        q.task_done()
    await p
    print(log)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 4, 2):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in (5, 1, 4, 2):
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)], [lq.get_nowait() for _ in range(4)])
    jq = asyncio.Queue()

    async def worker(n):
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01 * item)
            log.append((n, item))
            jq.task_done()
    for i in range(5):
        jq.put_nowait(i)
    workers = [asyncio.create_task(worker(n)) for n in range(2)]
    log.clear()
    await jq.join()
    print(sorted(log), str(jq))
    await jq.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    cq = asyncio.Queue()
    g1 = asyncio.create_task(cq.get())
    g2 = asyncio.create_task(cq.get())
    await asyncio.sleep(0)
    print(str(cq))
    g1.cancel()
    cq.put_nowait("only")
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done() and g2.result(), str(cq))

asyncio.run(main())
