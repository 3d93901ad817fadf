print("never printed")
def f(x):
    def g(x):
        nonlocal x
    return g
