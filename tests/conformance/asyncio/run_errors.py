# asyncio.run refuses non-coroutines and nested use; exceptions propagate.
import asyncio

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    finally:
        coro.close()

asyncio.run(nested())

async def fails():
    await asyncio.sleep(0)
    raise LookupError("from main")

try:
    asyncio.run(fails())
except LookupError as e:
    print("propagated", e)

async def leaves_task():
    async def forever():
        try:
            await asyncio.sleep(100)
        finally:
            print("leftover task cleaned up")
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    return "main returns"

print(asyncio.run(leaves_task()))
