x = 1
def f():
    x = 2
    return x

print(f(), x)
def g():
    if False:
        x = 3
    return x
try:
    g()
except UnboundLocalError as e:
    print(e)
