x = "global"
def f():
    x = "function local"
    class C:
        print("before assignment in class body:", x)
        x = "class"
        print("after:", x)
        def m(self):
            return x
    return C

C = f()
print(C.x, C().m())
