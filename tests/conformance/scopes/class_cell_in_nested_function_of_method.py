class C:
    def m(self):
        def inner():
            return __class__
        return inner
f = C().m()
print(f() is C, f.__code__.co_freevars, C.m.__code__.co_cellvars, C.m.__code__.co_freevars)
