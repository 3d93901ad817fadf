name = "module"
class A:
    name = "class"
    def method(self):
        return name
    def method2(self):
        return self.name
    @classmethod
    def method3(cls):
        return cls.name
print(A().method(), A().method2(), A.method3())
