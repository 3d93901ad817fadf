def a():
    x = 1
    def b():
        y = 2
        def c():
            return x + y
        return c
    return b
b = a()
c = b()
print(a.__code__.co_cellvars, a.__code__.co_freevars)
print(b.__code__.co_cellvars, b.__code__.co_freevars)
print(c.__code__.co_cellvars, c.__code__.co_freevars, c())
