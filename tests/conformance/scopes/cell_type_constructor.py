import types
empty = types.CellType()
full = types.CellType(42)
print(empty)
print(full)
print(full.cell_contents, type(empty) is types.CellType)
try:
    empty.cell_contents
except ValueError as e:
    print(e)
empty.cell_contents = "now set"
print(empty.cell_contents)
try:
    types.CellType(1, 2)
except TypeError as e:
    print(e)
