def f(*args, **kwargs):
    return args, kwargs
print(f(*(), **{}), f(*"ab", *[1], k=1, **{"z": 2}))
def g(a, b=0, /, *rest, key=None, **kw):
    return a, b, rest, key, kw
print(g(1), g(1, 2, 3, 4, key=5, a=6))
print(g(*range(5), **{"key": "k", "other": 1}))
