# asend/athrow/aclose awaitables step the async generator.
async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = f"handled {e}"
    finally:
        print("cleanup")

def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
    return "suspended"

g = echo()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("oops"))))
print(drive(g.aclose()))
print(drive(g.asend("after close")))
a = g.__anext__()
print(drive(a))
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
