def f(*args, **kwargs):
    return args, kwargs

print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, *rest, last="end", **extra):
    print(a, rest, last, sorted(extra.items()))
g(1)
g(1, 2, 3, last="L", z=26, y=25)
print(type(f()[0]).__name__, type(f()[1]).__name__)
