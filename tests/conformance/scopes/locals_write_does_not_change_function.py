def f():
    x = 1
    locals()["x"] = 2
    d = locals()
    d["y"] = 3
    return x, "y" in locals()
print(f())
