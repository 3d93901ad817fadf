def outer(v):
    def inner():
        return v
    return inner
a, b = outer(1), outer(2)
print(a is b, a.__code__ is b.__code__, a.__closure__[0] is b.__closure__[0], a(), b())
print(a == b, a.__qualname__ == b.__qualname__)
