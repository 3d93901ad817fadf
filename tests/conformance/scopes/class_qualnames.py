class A:
    class B:
        def m(self):
            def inner():
                pass
            return inner
        class C:
            pass
def f():
    class Local:
        def m(self):
            pass
    return Local
print(A.__qualname__, A.B.__qualname__, A.B.m.__qualname__, A.B().m().__qualname__, A.B.C.__qualname__)
L = f()
print(L.__qualname__, L.m.__qualname__, L.__name__)
