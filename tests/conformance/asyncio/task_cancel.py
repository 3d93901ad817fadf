# Cancelling a task throws CancelledError at its await; finally blocks run.
import asyncio

async def long_job(log):
    try:
        log.append("start")
        await asyncio.sleep(10)
        log.append("not reached")
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")

async def main():
    log = []
    t = asyncio.create_task(long_job(log))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        log.append("caller saw CancelledError")
    print(log, t.cancelled(), t.done())
    print(t.cancel())
    t2 = asyncio.create_task(long_job([]))
    t2.cancel(msg="stop now")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
