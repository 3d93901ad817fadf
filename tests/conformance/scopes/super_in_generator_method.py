class A:
    def items(self):
        return [1, 2]
class B(A):
    def items(self):
        for v in super().items():
            yield v * 10
print(list(B().items()))
