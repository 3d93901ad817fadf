# async with awaits __aenter__ and __aexit__; a true __aexit__ result swallows.
class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

async def main():
    async with Resource("a") as x, Resource("b") as y:
        print("body", x, y)
    async with Resource("c", swallow=True):
        raise ValueError("hidden")
    try:
        async with Resource("d"):
            raise KeyError("shown")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with Resource(f"loop{i}"):
            if i == 1:
                break
    return "done"

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
