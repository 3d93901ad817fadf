def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        y = x + 1
    return x, C.y, hasattr(C, "x")

print(f())
