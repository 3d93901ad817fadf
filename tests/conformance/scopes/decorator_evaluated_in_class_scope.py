class C:
    deco = staticmethod
    factor = 3
    @deco
    def triple(v, factor=factor):
        return v * factor
print(C.triple(5), C().triple(2))
