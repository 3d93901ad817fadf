class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return super().f()
    def g(self):
        self = 42
        try:
            return super().f()
        except TypeError as e:
            return f"TypeError: {e}"
print(B().f(), B().g())
