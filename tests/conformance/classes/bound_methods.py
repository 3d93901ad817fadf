class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n

c = C(5)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, m.__name__)
c.n = 6
print(m(), type(m).__name__, c.get == c.get, c.get is c.get)
