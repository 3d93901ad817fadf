# object.__ne__ asks only its own type's __eq__ (object_richcompare Py_NE), so a
# reflected __ne__ of the other operand still gets its turn
class Plain:
    pass

class OnlyNe:
    def __init__(self, x):
        self.x = x
    def __ne__(self, other):
        print("OnlyNe.__ne__")
        return self.x != other.x

a = Plain()
a.x = 1
b = OnlyNe(1)
print(a != b)
print(b != a)
print(a.__ne__(b), object.__ne__(b, a), a.__ne__(a))

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__")
        return True
print(Eq() != Plain(), Plain() != Eq(), Eq().__ne__(1))
