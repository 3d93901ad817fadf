def f():
    secret = "from f"
    class C:
        copy = secret
        def m(self):
            return secret
    return C

C = f()
print(C.copy, C().m(), C.m.__code__.co_freevars)
