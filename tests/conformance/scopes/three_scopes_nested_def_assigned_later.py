def show_module():
    return later_module
later_module = "module"
print(show_module())
class C:
    def show(self):
        return later_class
    later_class = "class"
try:
    print(C().show())
except NameError as e:
    print(e)
def func():
    def show():
        return later_func
    later_func = "function"
    return show()
print(func())
