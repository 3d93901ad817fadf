# a generator expression reads free variables when it runs.
# Context: module level (the same rule at module, class and function level).
def f():
    k = 1
    g = (k * x for x in range(3))
    k = 100
    return list(g)
print(f())
