# cell_contents reads, writes (seen by the code at once) and deletes.
# Context: module level (the same rule at module, class and function level).
def f():
    v = "first"
    def g():
        return v
    return g
g = f()
cell = g.__closure__[0]
print(cell.cell_contents, g())
cell.cell_contents = "second"
print(g())
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    g()
except NameError as e:
    print("NameError:", e)
