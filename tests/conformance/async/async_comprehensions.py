# Async comprehensions and await inside comprehensions.
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def double(x):
    return x * 2

async def main():
    a = [x async for x in ARange(4)]
    b = {x: await double(x) for x in range(3)}
    c = {x async for x in ARange(5) if x % 2}
    d = [await double(y) async for y in ARange(3)]
    e = [[await double(i) for i in range(j)] for j in range(3)]
    gen = (x * 10 async for x in ARange(3))
    f = [v async for v in gen]
    return a, b, c, d, e, f, type(gen).__name__

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
