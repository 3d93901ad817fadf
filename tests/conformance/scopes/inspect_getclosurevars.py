import inspect
G = "global value"
def outer():
    free = "free value"
    def inner(param):
        return free, G, len(param), param.upper
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
