def f(a, *, key, opt=0):
    return a, key, opt

print(f(1, key=2), f(1, key=2, opt=3))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*, x, y):
    return x + y
try:
    g()
except TypeError as e:
    print(e)
print(f.__kwdefaults__, f.__code__.co_kwonlyargcount)
