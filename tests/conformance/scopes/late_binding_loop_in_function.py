def make():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return fs

print([f() for f in make()])
def make_fixed():
    fs = []
    for i in range(3):
        def bind(v):
            return lambda: v
        fs.append(bind(i))
    return fs
print([f() for f in make_fixed()])
