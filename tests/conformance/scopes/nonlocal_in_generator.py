def outer():
    produced = 0
    def gen():
        nonlocal produced
        for i in range(3):
            produced += 1
            yield i
    return gen, lambda: produced

gen, count = outer()
g = gen()
print(count(), next(g), count(), list(g), count())
