x = 1
def f(a=x):
    return a
x = 2
print(f(), f.__defaults__)
order = []
def note(v):
    order.append(v)
    return v
def g(a=note("a"), *, b=note("b"), c=note("c")):
    return a, b, c
print(order, g(), g.__kwdefaults__)
