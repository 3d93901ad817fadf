x = "module"
class C:
    global x
    x = "set in class body"
    y = x

print(x, C.y, hasattr(C, "x"))
