# TypeErrors of async for.
class NoANext:
    def __aiter__(self):
        return 1

class BadANext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7

async def loop_over(x):
    async for _ in x:
        pass

for obj in [[1, 2], NoANext(), BadANext()]:
    co = loop_over(obj)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
