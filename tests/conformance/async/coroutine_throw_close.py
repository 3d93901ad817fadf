# throw() raises at the suspended await; close() runs finally blocks.
import types

@types.coroutine
def pause():
    yield "paused"

async def guarded():
    try:
        await pause()
    except KeyError as e:
        print("caught", repr(e))
        await pause()
        return "recovered"
    finally:
        print("finally runs")

c = guarded()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)

c2 = guarded()
c2.send(None)
c2.close()
print("closed", c2.cr_frame)
c3 = guarded()
c3.close()
print("never started closes quietly")
