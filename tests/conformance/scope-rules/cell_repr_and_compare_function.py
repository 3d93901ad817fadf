# cell repr, and cells compare by contents with empty cells lowest.
# Context: function level (the same rule at module, class and function level).
def context():
    import types
    full = types.CellType(5)
    empty = types.CellType()
    print(repr(full).split(":")[0].startswith("<cell at"), repr(empty).endswith("empty>"))
    print(repr(full).split(": ")[1])
    print(empty < full, full > empty, empty == types.CellType(), types.CellType(1) < types.CellType(2))

context()
