# Lock serialises critical sections in FIFO order; Event wakes all waiters.
import asyncio

async def critical(lock, n, log):
    async with lock:
        log.append(f"in {n}")
        await asyncio.sleep(0)
        log.append(f"out {n}")

async def waiter(ev, n, log):
    log.append(f"wait {n}")
    await ev.wait()
    log.append(f"woke {n}")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, i, log) for i in range(3)))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print(log, ev.is_set())
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
