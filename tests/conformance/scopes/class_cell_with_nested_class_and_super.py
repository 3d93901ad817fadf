class A:
    def name(self):
        return "A"
def factory():
    class B(A):
        def name(self):
            return "B>" + super().name()
    class C(B):
        def name(self):
            return "C>" + super().name()
    return C
C = factory()
print(C().name(), C.name.__qualname__)
