print("never printed")
def f():
    from math import *
    return pi
