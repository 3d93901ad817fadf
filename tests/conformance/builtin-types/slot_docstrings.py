# Special methods of built-in types carry their slot's docstring, whatever the type.
g = (i for i in range(3))
print(g.__next__.__doc__)
print(iter([]).__next__.__doc__)
print(int.__add__.__doc__)
print(list.__add__.__doc__ == int.__add__.__doc__)
print((5).__radd__.__doc__)
print(object.__init__.__doc__)
print(dict.__getitem__.__doc__ if False else dict.__setitem__.__doc__)
print(str.__len__.__doc__)
print(type.__call__.__doc__)
print(float.__neg__.__doc__, "|", float.__bool__.__doc__)
print(list.__iadd__.__doc__)
print(property.__get__.__doc__)
# a user class's special methods keep their own docstrings (or None)
class C:
    def __add__(self, other):
        "my add"
    def __sub__(self, other):
        pass
print(C.__add__.__doc__, C.__sub__.__doc__)
