def f():
    v = "first"
    class C:
        snapshot = v
        def live(self):
            return v
    v = "second"
    return C

C = f()
print(C.snapshot, C().live())
