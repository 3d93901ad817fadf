f = lambda: ([y := v for v in range(3)], y)
print(f(), f.__code__.co_varnames, f.__code__.co_cellvars)
