print("never printed")
def f():
    return [y for y in (x := [1, 2])]
