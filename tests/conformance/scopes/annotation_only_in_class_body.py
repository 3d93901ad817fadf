class C:
    a: int
    b: str = "b"
print(hasattr(C, "a"), C.b, C.__annotations__)
def f():
    class D:
        z: list
    return D.__annotations__, hasattr(D, "z")
print(f())
