def f():
    n = 2
    return [x * n for x in range(3)]

def g():
    n = 2
    return [x for x in range(n)]

print(f(), g())
print(f.__code__.co_cellvars, g.__code__.co_cellvars, f.__code__.co_varnames, g.__code__.co_varnames)
