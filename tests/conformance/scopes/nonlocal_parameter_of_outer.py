def outer(n):
    def bump(by):
        nonlocal n
        n += by
        return n
    bump(1)
    bump(2)
    return n, bump

n, bump = outer(10)
print(n, bump(100), bump.__closure__[0].cell_contents)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars)
