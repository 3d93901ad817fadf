x = "global"
def f():
    x: int
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f(), f.__code__.co_varnames)
def g():
    y: int = 5
    return y
print(g())
