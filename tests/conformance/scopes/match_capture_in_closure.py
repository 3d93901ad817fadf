def f(value):
    match value:
        case [first, *rest]:
            pass
        case _:
            first, rest = None, []
    return lambda: (first, rest)
g = f([1, 2, 3])
print(g(), sorted(f.__code__.co_cellvars))
