# __x inside a class is mangled to _Class__x, also in nested functions.
# Context: module level (the same rule at module, class and function level).
class Box:
    __secret = "s"
    def get(self):
        def inner():
            return self.__secret
        return inner()
print(Box().get(), "_Box__secret" in Box.__dict__)
def probe():
    class Q:
        def m(self):
            __local = 1
            return __local
    return Q().m(), Q.m.__code__.co_varnames
print(probe())
