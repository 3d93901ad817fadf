class Base:
    def f(self):
        return "base"

class C(Base):
    def f(self):
        def inner():
            return super().f()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def g(self):
        return (lambda: super().f())()

print(C().f())
try:
    print(C().g())
except RuntimeError as e:
    print("RuntimeError:", e)
