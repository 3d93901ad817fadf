name = "module"
f_module = lambda: name
print("module:", f_module())
class C:
    name = "class"
    f_class = lambda: name
print("class:", C.f_class())
def func():
    name = "function"
    f_func = lambda: name
    return f_func()
print("function:", func())
