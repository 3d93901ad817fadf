def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(e)
def g(self):
    return super().__repr__()
try:
    g(1)
except RuntimeError as e:
    print(e)
