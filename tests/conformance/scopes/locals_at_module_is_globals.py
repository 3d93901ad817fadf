print(locals() is globals())
class C:
    inside = locals() is globals()
print(C.inside)
def f():
    return locals() is globals()
print(f())
