def f():
    n = 10
    class C:
        n = 1000
        values = [v + n for v in range(3)]
    return C.values, C.n

print(f())
