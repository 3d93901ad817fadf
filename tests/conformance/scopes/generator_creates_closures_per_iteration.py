def gen():
    for i in range(3):
        def show(i=i):
            return i
        def late():
            return i
        yield show, late
pairs = list(gen())
print([s() for s, _ in pairs], [l() for _, l in pairs])
