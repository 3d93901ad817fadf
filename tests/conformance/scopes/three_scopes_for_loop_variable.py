for m in range(3):
    pass
print("module:", m)
class C:
    for c in range(3):
        pass
print("class:", C.c)
def func():
    for f in range(3):
        pass
    return f
print("function:", func())
