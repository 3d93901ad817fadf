import types
a, b, c = types.CellType(1), types.CellType(1), types.CellType(2)
e1, e2 = types.CellType(), types.CellType()
print(a == b, a is b, a != c, a < c, c > a, a <= b)
print(e1 == e2, e1 < a, a > e1)
try:
    types.CellType("x") < types.CellType(1)
except TypeError as err:
    print(err)
try:
    hash(a)
except TypeError as err:
    print(err)
