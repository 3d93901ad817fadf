def f(a, b=2, *, c=3):
    return a, b, c
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30}
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
def g():
    pass
g.__name__ = "renamed"
print(g.__name__, g.__qualname__, g.__code__.co_name)
