# types.CellType() makes an empty cell, CellType(x) a full one.
# Context: module level (the same rule at module, class and function level).
import types
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print(e)
print(types.CellType([1]).cell_contents)
try:
    types.CellType(1, 2)
except TypeError as e:
    print("TypeError:", e)
