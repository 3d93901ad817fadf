__hidden = "module-level _C__hidden?"
_C__hidden = "module-level mangled"
class C:
    def m(self):
        __local = 1
        return __hidden
    def n(self):
        return [__t for __t in range(2)]
print(C().m(), C.m.__code__.co_varnames, C.m.__code__.co_names)
print(C().n())
