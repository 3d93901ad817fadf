def f():
    k = 2
    g = (k * v for v in range(3))
    k = 5
    return list(g)
print(f(), f.__code__.co_cellvars)
