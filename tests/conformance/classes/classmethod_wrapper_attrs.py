# classmethod/staticmethod show the wrapped function's attributes (3.10+).
def f(a: int) -> str:
    "doc"

for k in (classmethod, staticmethod):
    m = k(f)
    print(k.__name__, m.__name__, m.__qualname__, m.__doc__, m.__annotations__,
          m.__wrapped__ is f, m.__module__)
