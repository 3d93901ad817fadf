def plain():
    return 1
def outer():
    y = 2
    def uses_global():
        return plain()
    def uses_y():
        return y
    return uses_global, uses_y
a, b = outer()
print(plain.__closure__, a.__closure__, type(b.__closure__).__name__, len(b.__closure__))
print((lambda: 0).__closure__, outer.__closure__)
