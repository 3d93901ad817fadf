# Reprs of Handle, Future and Task in their states; error messages of Future/Task.
import asyncio


def R(obj):
    # source locations in reprs, without the directory (runners differ there)
    return repr(obj).replace(__file__, "FILE")


def cb(x):
    pass

loop = asyncio.new_event_loop()
h = loop.call_soon(cb, 1)
print(R(h))
h.cancel()
print(R(h), h.cancelled())
print(repr(loop))
fut = loop.create_future()
print(R(fut))
fut.add_done_callback(cb)
print(R(fut))
fut.add_done_callback(print)
fut.add_done_callback(lambda f: None)
print(R(fut))
print(fut.remove_done_callback(print), fut.remove_done_callback(print))
fut.set_result("y" * 80)
print(R(fut))
fut2 = loop.create_future()
fut2.set_result(list(range(10)))
print(repr(fut2))
fut3 = loop.create_future()
fut3.set_exception(KeyError)
print(repr(fut3), repr(fut3.exception()))
for action in (lambda: fut3.set_result(1), lambda: fut3.set_exception(ValueError()),
               lambda: loop.create_future().set_exception(StopIteration)):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
fut4 = loop.create_future()
print(fut4.cancel("why"), fut4.cancel(), repr(fut4), fut4.cancelled(), fut4.done())
for get in (fut4.result, fut4.exception):
    try:
        get()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

async def work(d=1):
    await asyncio.sleep(d)
    return 5

task = loop.create_task(work(), name="w")
print(R(task))
loop.run_until_complete(asyncio.sleep(0))
print(R(task))
print(task.cancel("stop"), task.cancelling(), R(task))
try:
    loop.run_until_complete(task)
except asyncio.CancelledError as e:
    print("run_until_complete raised", repr(e))
print(R(task), task.cancel())
try:
    task.result()
except asyncio.CancelledError as e:
    print("result raised", repr(e))
for action in (lambda: task.set_result(1), lambda: task.set_exception(ValueError())):
    try:
        action()
    except RuntimeError as e:
        print(e)
t2 = loop.create_task(work(0.01))
t2.set_name(12)
print(t2.get_name(), repr(t2.get_coro())[:20])
print(loop.run_until_complete(t2), R(t2))
try:
    asyncio.Task(42, loop=loop)
except TypeError as e:
    print(e)
try:
    loop.run_until_complete(42)
except TypeError as e:
    print(e)
print(asyncio.Future[int], asyncio.Task[str], asyncio.Queue[int])
print(asyncio.isfuture(fut), asyncio.isfuture(task), asyncio.isfuture(42))
loop.close()
print(repr(loop))
