def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner
    f = middle()
    f(); f()
    return x, middle, f

x, middle, inner = outer()
print(x)
print(middle.__code__.co_freevars, middle.__code__.co_cellvars)
print(inner.__code__.co_freevars, outer.__code__.co_cellvars)
print(inner.__closure__[0] is middle.__closure__[0])
