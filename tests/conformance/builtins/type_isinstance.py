class A: pass
class B(A): pass
b = B()
print(type(b).__name__, type(b) is B, isinstance(b, A), isinstance(b, (int, A)), issubclass(B, A))
print(isinstance(True, int), type(True) is int, issubclass(bool, int), isinstance(1, float))
print(type(1), type("s"), type(None), type(type), type(print))
print(type(3.0).__name__, type([]).__name__, type(()).__name__, type({}).__name__)
