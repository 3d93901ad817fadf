pairs = list(((x, y) for x in range(3) for y in range(x)))
print(pairs)
g = (sum(v for v in range(n)) for n in range(5))
print(list(g))
def f(k):
    return [list(j * k for j in range(i)) for i in range(3)]
print(f(10), f.__code__.co_cellvars)
