def f():
    x = "cell"
    class C:
        first = x
        locals()["x"] = "namespace"
        second = x
    return C

C = f()
print(C.first, C.second, C.x)
