def f(p):
    class C:
        q = p
        ns = sorted(vars())
    return C.ns

print(f(1))
