# exhausted coroutines refuse send/throw, double await, async-for __anext__ errors
# with their cause, async-with __aexit__ errors chained to the body's exception
import types

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def coroutine():
    return 'spam'
c = coroutine()
print(run(c))
for op in (lambda: c.send(None), lambda: c.throw(Exception('wat'))):
    try: op()
    except RuntimeError as e: print('RuntimeError', e)
c.close(); c.close()
w = coroutine().__await__()
try: w.send(None)
except StopIteration as e: print('stop', e.value)
for op in (lambda: w.send(None), lambda: next(w), lambda: w.throw(Exception('wat'))):
    try: op()
    except RuntimeError as e: print('RuntimeError', e)

@types.coroutine
def nop():
    yield
async def suspended():
    await nop()
async def waiter(c):
    await c
s = suspended(); s.send(None)
try: waiter(s).send(None)
except RuntimeError as e: print('RuntimeError', e)
s.close()

class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1 / 0
async def loop():
    async for _ in F():
        pass
try: loop().send(None)
except TypeError as e: print(e, '| cause:', type(e.__cause__).__name__, e.__suppress_context__)

class CM:
    async def __aenter__(self): return self
    async def __aexit__(self, *e): 1/0
async def nested():
    async with CM():
        async with CM():
            raise RuntimeError
try: run(nested())
except ZeroDivisionError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)

class CM2:
    async def __aenter__(self): return self
    def __aexit__(self, *e): return 444
async def bad_exit():
    async with CM2():
        1/0
try: run(bad_exit())
except TypeError as e: print(e, '| context:', type(e.__context__).__name__)

class CM3:
    async def __aenter__(self): return self
    async def __aexit__(self, t, v, tb): print('tb is', type(tb).__name__); return True
async def swallow():
    async with CM3():
        raise KeyError
    return 'swallowed'
print(run(swallow()))

@types.coroutine
def bar():
    return (yield from coroutine())
print(run(bar()))
