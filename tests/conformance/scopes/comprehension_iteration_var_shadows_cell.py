def f():
    x = "outer"
    get = lambda: x
    result = [x for x in range(3)]
    return result, x, get()

print(f())
