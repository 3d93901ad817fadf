def outer(x, y):
    def inner():
        return x
    return inner
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_nlocals)
f = outer("param value", 2)
print(f(), f.__code__.co_freevars)
