class Ctx:
    def __enter__(self):
        return "ctx value"
    def __exit__(self, *a):
        return False
def outer():
    import math as m
    with Ctx() as c:
        pass
    def inner():
        nonlocal m, c
        m = m.floor(2.7)
        c = c.upper()
    inner()
    return m, c
print(outer())
