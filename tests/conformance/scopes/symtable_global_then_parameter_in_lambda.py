print("never printed")
def f(a):
    global a
    return lambda: a
