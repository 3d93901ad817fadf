# assigning __bases__: checks, MRO recomputed for the class and its subclasses
class A:
    def who(self):
        return "A"
class B(A):
    pass
class C:
    def who(self):
        return "C"
class D(B):
    pass

def t(k, v):
    try:
        k.__bases__ = v
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)

t(B, ())
t(B, [A])
t(B, (1,))
t(B, (D,))
t(B, (B,))
t(B, (list,))
t(int, (object,))
try:
    del B.__bases__
except TypeError as e:
    print(e)
print(D().who())
t(B, (C,))
print(B.__mro__)
print(D.__mro__)
print(D().who(), A.__subclasses__(), C.__subclasses__())
class E(A, C):
    pass
t(E, (C, A))
print(E.__mro__, E().who())
print(bool in int.__subclasses__())
