def f():
    x = "f local"
    class C:
        nonlocal x
        x = "set by class body"
        def m(self):
            return x
    return C().m(), x, C.m.__code__.co_freevars
print(f())
