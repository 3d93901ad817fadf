# dir() of cells, code objects and plain objects: object has no __dict__ entry of
# its own, and a cell has no instance dict.
import types

def outer():
    x = 1
    def inner():
        return x
    return inner

f = outer()
cell = f.__closure__[0]
print([a for a in dir(cell) if not a.startswith("__")])
print("__dict__" in dir(cell), "__dict__" in dir(object), "__dict__" in dir(object()))
print("__dict__" in object.__dict__, "__dict__" in vars(types.CellType))
print([a for a in dir(f) if a not in dir(object)])
class L(list): pass
class E(Exception): pass
class S:
    __slots__ = ("a",)
print("__dict__" in dir(L()), "__dict__" in dir(E()), "__dict__" in dir(S()), "__dict__" in dir(S))
try:
    cell.__dict__
except AttributeError as e:
    print(type(e).__name__, e)
