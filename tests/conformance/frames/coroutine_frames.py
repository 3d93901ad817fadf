# cr_frame of a suspended coroutine and the frames seen from inside it.
import sys, types

@types.coroutine
def pause():
    yield

async def job(x):
    y = x + 1
    print(sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name)
    await pause()
    return y

c = job(1)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_lineno)
def drive():
    c.send(None)
drive()
print(sorted(c.cr_frame.f_locals.items()), c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_frame)
