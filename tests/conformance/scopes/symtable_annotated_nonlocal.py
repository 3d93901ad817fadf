print("never printed")
def f():
    x = 0
    def g():
        nonlocal x
        x: int = 1
    return g
