x = "global"
def f():
    x = "f local"
    class C:
        global x
        def m(self):
            return x
    return C().m(), C.m.__code__.co_freevars
print(f())
