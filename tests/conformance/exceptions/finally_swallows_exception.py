def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
def g():
    for _ in range(2):
        try:
            raise KeyError("k")
        finally:
            break
    return "break in finally swallowed it"
print(g())
