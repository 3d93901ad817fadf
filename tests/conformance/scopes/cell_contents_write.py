def make():
    x = "original"
    def get():
        return x
    def outer_view():
        return x
    return get, outer_view
get, view = make()
get.__closure__[0].cell_contents = "written through the cell"
print(get(), view())
