# A method can rebind, with nonlocal, the name its own class is bound to in the function.
def f():
    class C:
        def m(self):
            nonlocal C
            C = "replaced by m"
    C().m()
    return C
print(f())
