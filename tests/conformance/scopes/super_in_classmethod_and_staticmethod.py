class A:
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
class B(A):
    @classmethod
    def make(cls):
        return "B+" + super().make()
    @staticmethod
    def st():
        try:
            return super().make()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(B.make(), B().make())
print(B.st())
