def outer():
    x = 1
    def remove():
        nonlocal x
        del x
    def read():
        return x
    remove()
    try:
        read()
    except NameError as e:
        print("read:", e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
    x = 2
    return read()

print(outer())
