def f():
    n = 1
    class C:
        first = n
    def bump():
        nonlocal n
        n += 1
    bump()
    class D:
        second = n
    return C.first, D.second
print(f())
