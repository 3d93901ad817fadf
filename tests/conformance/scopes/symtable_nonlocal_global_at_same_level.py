print("never printed")
def f():
    y = 1
    def g():
        nonlocal y
        global y
