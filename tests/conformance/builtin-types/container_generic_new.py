# list.__new__, dict.__new__ and set.__new__ are their own (PyType_GenericNew): a
# subclass may pass its arguments through super().__new__, which ignores them.
class LN(list):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class DN(dict):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a, **k)
class SN(set):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(LN([1], x=1), DN(a=1), SN([1]), list.__new__ is object.__new__, dict.__new__ is object.__new__, set.__new__ is object.__new__)
print(type(list.__new__(LN)).__name__, list.__new__(list, 5, 6))
try: list.__new__(dict)
except TypeError as e: print(e)
try: list.__new__(1)
except TypeError as e: print(e)
