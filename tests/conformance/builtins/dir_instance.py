class Point:
    kind = "2d"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print([n for n in dir(p) if not n.startswith("__")])
print(sorted(vars(p)), "norm" in dir(Point), "__init__" in dir(p))
