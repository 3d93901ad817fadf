class Widget:
    def __init__(self, name):
        self.name = name
        self.describe = lambda: f"widget {self.name}"
        prefix = "<"
        self.wrap = lambda s: prefix + s + ">"
w = Widget("w1")
w.name = "renamed"
print(w.describe(), w.wrap("x"), Widget.__init__.__code__.co_cellvars)
