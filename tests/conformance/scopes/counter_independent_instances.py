def counter(start=0, step=1):
    n = start - step
    def next_value():
        nonlocal n
        n += step
        return n
    return next_value
a = counter()
b = counter(100, 10)
print([a() for _ in range(3)], [b() for _ in range(3)], a())
