# An exception raised inside nested awaits propagates with its context.
import types

@types.coroutine
def pause():
    yield

async def level2():
    await pause()
    raise ValueError("deep")

async def level1():
    try:
        await level2()
    except ValueError as e:
        raise RuntimeError("wrapped") from e

co = level1()
co.send(None)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
co2 = level1()
co2.send(None)
co2.send(None)
