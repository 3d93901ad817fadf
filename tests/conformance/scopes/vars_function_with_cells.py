def f():
    own = 1
    shared = 2
    def g():
        return shared
    return vars(), g
v, g = f()
print(sorted(v), g())
