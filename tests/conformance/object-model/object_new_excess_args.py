class C: pass
for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: object.__new__(C, 42), lambda: C().__init__(42)):
    try: f()
    except TypeError as e: print(e)
class D:
    def __init__(self, x): self.x = x
print(object.__new__(D, 1).__class__.__name__)
class E:
    def __new__(cls, *a): return super().__new__(cls, *a)
try: E(1)
except TypeError as e: print(e)
