class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def describe(n):
        return f"{n} made"

class Sub(Counter):
    pass

Counter(); Counter.make(); s = Sub.make()
print(Counter.count, Counter.describe(Counter.count), type(s).__name__, Sub.count)
