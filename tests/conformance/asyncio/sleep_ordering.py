# Timers fire in deadline order, whatever the creation order.
import asyncio

async def sleeper(delay, log):
    await asyncio.sleep(delay)
    log.append(delay)
    return delay

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(d, log)) for d in (0.03, 0.01, 0.02, 0)]
    await asyncio.gather(*tasks)
    print(log)
    print(await asyncio.sleep(0.01, result="slept"))

asyncio.run(main())
