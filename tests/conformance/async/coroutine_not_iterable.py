# A coroutine is not an iterator; __await__ gives one.
async def f():
    return "v"

c = f()
for attempt in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
w = c.__await__()
print(iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration", e.value)
