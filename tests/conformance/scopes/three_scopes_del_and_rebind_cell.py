def module_reader():
    return item
item = 1
del item
try:
    module_reader()
except NameError as e:
    print("module:", e)
item = 2
print("module:", module_reader())
def func():
    item = 1
    def reader():
        return item
    del item
    try:
        reader()
    except NameError as e:
        print("function:", e)
    item = 2
    return reader()
print("function:", func())
