import inspect
def plain(): pass
def outer():
    v = 1
    def nested():
        return v
    return nested
def varargs(*a, **k): pass
def gen(): yield
async def coro(): pass
names = ["CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR", "CO_COROUTINE"]
for fn in [plain, outer, outer(), varargs, gen, coro, lambda: 0]:
    flags = fn.__code__.co_flags
    print(fn.__name__, [n for n in names if flags & getattr(inspect, n)])
