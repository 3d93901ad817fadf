# Loop odds and ends: exception handlers, bad yields, current/all tasks, Runner, policies.
import asyncio
import types

def handler(loop, context):
    print("handler:", context["message"].replace(__file__, "FILE"), type(context.get("exception")).__name__)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    def bad():
        raise ZeroDivisionError
    loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom"})

    @types.coroutine
    def bad_yield():
        yield 42

    async def uses_bad_yield():
        await bad_yield()
    try:
        await asyncio.create_task(uses_bad_yield())
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:20])
    me = asyncio.current_task()
    print(me in asyncio.all_tasks(), len(asyncio.all_tasks()), me.get_coro().__name__)

    async def self_await():
        await asyncio.current_task()
    try:
        await asyncio.create_task(self_await())
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:27])
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel(), t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")
    print(loop.is_running(), loop.get_debug())
    fut = loop.run_in_executor(None, pow, 2, 10)
    print(await fut)
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")), runner.run(asyncio.sleep(0, "second")))
    print(type(runner.get_loop()).__name__)
c = asyncio.sleep(0)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
r2 = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(r2.run(asyncio.sleep(0, 3)))
r2.close()
r2.close()
print(type(asyncio.get_event_loop_policy()).__name__)
try:
    asyncio.set_event_loop_policy(42)
except TypeError as e:
    print("TypeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
t = loop.create_task(asyncio.sleep(0, "x"))
print(loop.run_until_complete(t))
loop.call_later(0.1, loop.stop)
print(loop.time() <= loop.time())
loop.run_forever()
loop.close()
asyncio.set_event_loop(None)

async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen closed")

async def use_agen():
    g = agen()
    print(await g.__anext__())
    return "left open"
print(asyncio.run(use_agen()))
