class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return True
    def __gt__(self, other):
        print("B.__gt__")
        return True
print(A() == B())
print(A() < B())
print(A() != B())
try:
    A() < A()
except TypeError as e:
    print(e)
