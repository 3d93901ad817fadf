# Awaiting an exhausted coroutine is an error; reprs name the qualname.
class K:
    async def method(self):
        return 5

async def outer(c):
    return await c

inner = K().method()
print(repr(inner).split(" at ")[0])
o = outer(inner)
try:
    o.send(None)
except StopIteration as e:
    print("first", e.value)
o2 = outer(inner)
try:
    o2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
