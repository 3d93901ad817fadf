# wait(return_when=...) and as_completed yield in completion order.
import asyncio

async def after(delay, value):
    await asyncio.sleep(delay)
    if value == "boom":
        raise RuntimeError(value)
    return value

async def main():
    tasks = [asyncio.create_task(after(d, v)) for d, v in ((0.2, "slow"), (0.01, "fast"), (0.1, "mid"))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t2 = [asyncio.create_task(after(0.01, "boom")), asyncio.create_task(after(0.2, "late"))]
    done, pending = await asyncio.wait(t2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    for coro in asyncio.as_completed([after(0.1, "c"), after(0.01, "a"), after(0.05, "b")]):
        print(await coro)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
