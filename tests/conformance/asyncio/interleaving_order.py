# The exact interleaving of tasks, callbacks and sleeps matches CPython.
import asyncio

log = []

async def worker(name, pauses):
    for p in pauses:
        log.append(f"{name}:{p}")
        await asyncio.sleep(p)
    log.append(f"{name}:end")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t1 = asyncio.create_task(worker("x", [0, 0.01, 0]))
    loop.call_soon(log.append, "cb2")
    t2 = asyncio.create_task(worker("y", [0.01, 0, 0]))
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after first yield")
    await asyncio.gather(t1, t2)
    log.append("main end")

asyncio.run(main())
for entry in log:
    print(entry)
