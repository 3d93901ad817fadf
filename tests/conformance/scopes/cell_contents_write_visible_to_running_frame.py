def gen():
    x = 1
    def reader():
        return x
    yield reader
    yield x
    yield x
g = gen()
reader = next(g)
print(next(g))
reader.__closure__[0].cell_contents = 99
print(next(g), reader())
