global g
g = "module"
print("module:", g)
class C:
    global g
    g = "class"
print("class:", g, hasattr(C, "g"))
def func():
    global g
    g = "function"
func()
print("function:", g)
