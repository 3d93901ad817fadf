print("never printed")
def f():
    global x
    x: int = 1
