# async for calls __aiter__ then awaits __anext__ until StopAsyncIteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("aiter")
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 2:
            break
        if v == 3:
            continue
        out.append(v)
    else:
        out.append("not reached")
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
