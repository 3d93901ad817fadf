class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        get_self = lambda: self
        return "B>" + super().f() + " " + str(get_self() is self)
print(B().f(), B.f.__code__.co_cellvars, B.f.__code__.co_freevars)
