def outer(n):
    def countdown(k):
        return [] if k == 0 else [k] + countdown(k - 1)
    return countdown(n), countdown
r, f = outer(4)
print(r, outer.__code__.co_cellvars, f.__code__.co_freevars, f.__closure__[0].cell_contents is f)
