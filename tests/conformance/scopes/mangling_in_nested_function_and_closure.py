class C:
    def m(self):
        __secret = "s"
        def inner():
            return __secret
        return inner
f = C().m()
print(f(), f.__code__.co_freevars, C.m.__code__.co_cellvars)
