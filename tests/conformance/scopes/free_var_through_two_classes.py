def f():
    v = "function v"
    class A:
        class B:
            def m(self):
                return v
    return A.B().m(), A.B.m.__qualname__
print(f())
