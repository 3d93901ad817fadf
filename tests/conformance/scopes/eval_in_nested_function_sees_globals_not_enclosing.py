x = "global x"
def outer():
    x = "outer x"
    def inner():
        return eval("x")
    return inner()
print(outer())
def outer2():
    x = "outer2 x"
    def inner():
        x
        return eval("x")
    return inner()
print(outer2())
