# TypeErrors of async with.
class OnlyEnter:
    async def __aenter__(self):
        return self

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class NotAwaitable:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return None

async def use(cm):
    async with cm:
        pass

for cm in [OnlyEnter(), SyncOnly(), NotAwaitable(), 3]:
    co = use(cm)
    try:
        co.send(None)
    except TypeError as e:
        print("TypeError:", e)
