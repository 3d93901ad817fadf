class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Dyn:
    def __getattr__(self, name):
        return f"dynamic {name}"

add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
d = Dyn()
d.real = "set"
print(d.real, d.anything, getattr(d, "other"))
