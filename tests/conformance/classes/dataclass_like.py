class Record:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

r = Record(1, 2)
print(r.a, r.b)
try:
    r.c = 3
except AttributeError as e:
    print(e)
print(hasattr(r, "__dict__"))
