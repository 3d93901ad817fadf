print("never printed")
def f(x):
    global x
