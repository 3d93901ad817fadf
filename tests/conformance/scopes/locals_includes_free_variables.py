def outer():
    free = "f"
    unused = "u"
    def inner(p):
        q = free + p
        return locals()
    return inner("p")
print(outer())
def cellowner():
    c = 1
    def g():
        return c
    return locals()
print(sorted(cellowner()))
