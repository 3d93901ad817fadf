# types.FunctionType(code, globals, name, argdefs, closure).
# Context: module level (the same rule at module, class and function level).
import types
def maker():
    x = 10
    def add(y=1):
        return x + y
    return add
add = maker()
f2 = types.FunctionType(add.__code__, add.__globals__, "renamed", (5,), (types.CellType(100),))
print(f2(), f2.__name__, f2.__defaults__)
