def make(v):
    def get():
        return v
    return get
g = make([1, 2])
cell = g.__closure__[0]
print(cell.cell_contents, cell.cell_contents is g(), type(cell).__name__)
