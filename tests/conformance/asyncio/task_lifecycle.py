# Task state: done/result/exception/cancelled and done callbacks.
import asyncio

async def value():
    await asyncio.sleep(0)
    return 42

async def failing():
    raise ValueError("nope")

async def main():
    t = asyncio.create_task(value(), name="worker")
    print(t.get_name(), t.done())
    t.add_done_callback(lambda f: print("callback saw", f.result()))
    print(await t, t.done(), t.cancelled(), t.exception())
    await asyncio.sleep(0)
    f = asyncio.create_task(failing())
    try:
        await f
    except ValueError as e:
        print("awaiting raised", e)
    print(repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result() raised", e)
    p = asyncio.get_running_loop().create_future()
    try:
        p.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    p.set_result(1)
    try:
        p.set_result(2)
    except asyncio.InvalidStateError:
        print("second set_result refused")
    print(p.result(), asyncio.current_task() is not None)

asyncio.run(main())
