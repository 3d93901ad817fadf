# cr_* attributes, code flags and inspect predicates.
import inspect, types

@types.coroutine
def yield_once():
    yield

async def f():
    await yield_once()
    return 1

async def agen():
    yield 1

def plain():
    pass

print(f.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0)
print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(plain), inspect.iscoroutinefunction(agen))
print(inspect.isasyncgenfunction(agen), inspect.isasyncgenfunction(f))
c = f()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(yield_once()))
print(c.cr_running, c.cr_await, c.cr_code is f.__code__, c.cr_frame is not None)
c.send(None)
print(c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print(c.cr_frame, c.cr_await)
print(isinstance(c, types.CoroutineType), type(agen()) is types.AsyncGeneratorType)
print(bool(yield_once.__code__.co_flags & 0x100))
