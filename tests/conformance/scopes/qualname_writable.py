def f():
    pass
f.__qualname__ = "renamed.f"
print(f.__qualname__, f.__name__, f.__code__.co_qualname)
try:
    f.__qualname__ = 5
except TypeError as e:
    print(e)
