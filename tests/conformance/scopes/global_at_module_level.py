global g
g = 1
print(g)
def f():
    return g
print(f())
