# __closure__ holds the very cells, in co_freevars order.
# Context: module level (the same rule at module, class and function level).
def f():
    zeta, alpha, mid = 3, 1, 2
    def g():
        return mid, zeta, alpha
    return g
g = f()
print(g.__code__.co_freevars)
print([c.cell_contents for c in g.__closure__])
