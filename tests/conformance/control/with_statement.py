class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

with Ctx("a") as v:
    print("body", v)
with Ctx("b", swallow=True):
    raise ValueError("hidden")
with Ctx("c") as c, Ctx("d") as d:
    print(c, d)
try:
    with Ctx("e"):
        1 / 0
except ZeroDivisionError:
    print("propagated")
