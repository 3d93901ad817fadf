# StopIteration/StopAsyncIteration raised inside an async generator, and an
# async generator that ignores GeneratorExit.
async def raises_stop():
    yield 1
    raise StopAsyncIteration

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

g = raises_stop()
print(step(g.__anext__()))
print(step(g.__anext__()))
s = stubborn()
print(step(s.__anext__()))
print(step(s.aclose()))
