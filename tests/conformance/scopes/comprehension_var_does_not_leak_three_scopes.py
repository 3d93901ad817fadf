x = "module"
[x for x in range(3)]
print("module:", x)
class C:
    x = "class"
    [x for x in range(3)]
    print("class:", x)
def f():
    x = "function"
    [x for x in range(3)]
    print("function:", x)
f()
