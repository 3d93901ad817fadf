print("never printed")
def f():
    x = 2
    global x
