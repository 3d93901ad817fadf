class C:
    def who(self):
        return __class__.__name__
    def hello(self):
        return "C.hello"

class D(C):
    def hello(self):
        return "D+" + super().hello()

Old = D
del D
print(Old().hello(), Old().who())
