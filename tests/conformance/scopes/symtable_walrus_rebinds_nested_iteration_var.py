print("never printed")
def f():
    return [[j := 0 for k in range(2)] for j in range(2)]
