# The loop's own API: call_soon FIFO, call_later by deadline, run_until_complete.
import asyncio

loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, "soon1")
h = loop.call_soon(order.append, "cancelled")
loop.call_later(0.02, order.append, "later2")
loop.call_later(0.01, order.append, "later1")
loop.call_soon(order.append, "soon2")
h.cancel()
loop.call_later(0.03, loop.stop)
print(loop.is_running(), loop.is_closed())
loop.run_forever()
print(order)

async def compute():
    print("running:", asyncio.get_running_loop() is loop)
    await asyncio.sleep(0)
    return 99

print(loop.run_until_complete(compute()))
fut = loop.create_future()
loop.call_soon(fut.set_result, "via future")
print(loop.run_until_complete(fut))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
