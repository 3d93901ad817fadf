print("never printed")
def f():
    return [[(x := 1) for y in range(2)] for x in range(2)]
