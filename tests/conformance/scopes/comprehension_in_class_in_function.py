def f():
    scale = 10
    class C:
        scale = 1
        base = [1, 2]
        scaled = [b * scale for b in base]
    return C.scaled

print(f())
