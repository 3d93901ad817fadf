class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class C:
    calls = 0
    @Lazy
    def expensive(self):
        C.calls += 1
        return "computed"

c = C()
print(c.expensive, c.expensive, C.calls, "expensive" in vars(c))
