class C:
    def m(self):
        return __class__
    def n(self):
        return 42

print(C().m() is C, C.m.__code__.co_freevars, C.n.__code__.co_freevars)
print(C.m.__closure__[0].cell_contents is C)
