def f():
    # Never run, yet its walrus targets still become cells of f.
    if False:
        [total := v for v in range(5)]
    squares = [last := v * v for v in range(5)]
    return squares, last

print(f())
def g():
    [[inner := i * j for j in range(3)] for i in range(3)]
    return inner
print(g())
print(sorted(g.__code__.co_cellvars), f.__code__.co_cellvars)
