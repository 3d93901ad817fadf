value = "module value"
def reader_module():
    return value
print("module:", reader_module(), reader_module.__closure__)
class C:
    value = "class value"
    def reader(self):
        return value
print("class:", C().reader(), C.reader.__closure__)
def func():
    value = "function value"
    def reader():
        return value
    return reader(), reader.__code__.co_freevars
print("function:", func())
