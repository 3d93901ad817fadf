def f(a, b, c=3):
    return (a, b, c)

print(f(1, 2), f(1, b=5), f(c=9, b=8, a=7), f(*[1, 2]), f(**{"a": 1, "b": 2, "c": 0}))
print(f(1, *[2], **{"c": 4}))
