def outer():
    n = 0
    def a():
        nonlocal n
        n += 1
        return n
    def b():
        nonlocal n
        n *= 10
        return n
    return a(), b(), a(), b(), n
print(outer())
