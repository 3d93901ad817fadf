def outer():
    base = 10
    def gen():
        for i in range(3):
            yield base + i
    g = gen()
    first = next(g)
    base = 100
    return first, list(g)
print(outer())
