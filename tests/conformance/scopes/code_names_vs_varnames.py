import math
def f(n):
    total = math.floor(n) + len([n])
    return total
print(f.__code__.co_names, f.__code__.co_varnames, f(2.5))
