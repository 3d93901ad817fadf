import types
def outer():
    x = "x from outer"
    def inner():
        return x
    return inner
inner = outer()
cell = types.CellType("fresh cell value")
clone = types.FunctionType(inner.__code__, globals(), "clone", None, (cell,))
print(clone(), clone.__name__, clone.__closure__[0] is cell)
try:
    types.FunctionType(inner.__code__, globals(), "bad", None, ())
except ValueError as e:
    print(e)
try:
    types.FunctionType(inner.__code__, globals())
except TypeError as e:
    print(e)
