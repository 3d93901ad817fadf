class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, int):
            return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return M(self.v + o)
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"M({self.v})"

print(M(1) + 2, 3 + M(1))
try:
    M(1) + "s"
except TypeError as e:
    print(e)
print(sorted([M(3), M(1), M(2)]), M(1) > M(0))
