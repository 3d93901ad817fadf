# CPython's TypeErrors for objects that cannot be awaited.
class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

made = []

async def inner():
    return 1

class CoroAwait:
    def __await__(self):
        made.append(inner())
        return made[-1]

async def use(x):
    return await x

for obj in [1, "s", NoAwait(), BadAwait(), CoroAwait(), None]:
    co = use(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
    finally:
        co.close()
for c in made:
    c.close()
