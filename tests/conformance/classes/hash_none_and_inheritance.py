class A:
    def __eq__(self, o):
        return True
class B(A):
    __hash__ = object.__hash__
class C:
    __hash__ = None
print(A.__hash__, callable(B.__hash__), C.__hash__)
for cls in (A, B, C):
    try:
        hash(cls())
        print(cls.__name__, "hashable")
    except TypeError as e:
        print(cls.__name__, e)
