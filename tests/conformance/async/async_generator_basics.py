# An async generator: yields become __anext__ results, awaits pass through.
import types

@types.coroutine
def tick():
    yield "tick"

async def numbers(n):
    for i in range(n):
        await tick()
        yield i * i
    print("generator body ends")

def run(co):
    seen = []
    try:
        while True:
            seen.append(co.send(None))
    except StopIteration as e:
        return e.value, seen

async def main():
    total = []
    async for v in numbers(3):
        total.append(v)
    return total

print(run(main()))
g = numbers(1)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await)
print(type(g.__anext__()).__name__)
