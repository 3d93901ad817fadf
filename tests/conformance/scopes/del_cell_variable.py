def outer():
    x = "value"
    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    x = "rebound"
    print(inner())
    return inner

f = outer()
print(f.__closure__[0].cell_contents)
