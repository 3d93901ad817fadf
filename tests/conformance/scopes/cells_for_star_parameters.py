def outer(*args, **kwargs):
    def inner():
        return args, kwargs
    return inner
f = outer(1, 2, k="v")
print(f(), outer.__code__.co_cellvars, outer.__code__.co_varnames, f.__code__.co_freevars)
