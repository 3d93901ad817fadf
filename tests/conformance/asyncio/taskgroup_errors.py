# TaskGroup: a failing task cancels its siblings; errors come as an ExceptionGroup.
import asyncio

async def child(n, log):
    try:
        await asyncio.sleep(n / 50)
        if n in (2, 3):
            raise ValueError(f"child {n}")
        log.append(f"done {n}")
        return n
    except asyncio.CancelledError:
        log.append(f"cancelled {n}")
        raise

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(n, log)) for n in (0, 1)]
    print([t.result() for t in ts], log)
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            for n in (1, 2, 10, 15):
                tg.create_task(child(n, log))
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    # the cancelled siblings are kept in a set: their order is not defined
    print(log[0], sorted(log[1:]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, log))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", eg.exceptions)

asyncio.run(main())
