def make():
    x = 5
    def get():
        return x
    return get
get = make()
cell = get.__closure__[0]
del cell.cell_contents
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    get()
except NameError as e:
    print("NameError:", e)
print(repr(cell).endswith(": empty>"))
cell.cell_contents = "refilled"
print(get())
try:
    del cell.cell_contents
    del cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
