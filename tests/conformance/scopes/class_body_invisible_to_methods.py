class C:
    attr = "class attr"
    def method(self):
        return attr

try:
    C().method()
except NameError as e:
    print(e)
print(C.attr, C().attr)
