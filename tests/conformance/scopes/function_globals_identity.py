def f():
    pass
print(f.__globals__ is globals(), f.__globals__["__name__"], __name__)
g = lambda: 0
print(g.__globals__ is f.__globals__, f.__module__)
