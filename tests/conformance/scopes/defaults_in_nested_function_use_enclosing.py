def outer(n):
    def inner(v=n * 2):
        return v
    n = 100
    return inner

f = outer(5)
print(f(), f.__closure__)
