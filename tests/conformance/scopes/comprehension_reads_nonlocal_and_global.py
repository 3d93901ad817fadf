G = 100
def outer():
    n = 1
    def inner():
        nonlocal n
        n += 1
        return [x + n + G for x in range(2)]
    return inner(), inner()
print(outer())
