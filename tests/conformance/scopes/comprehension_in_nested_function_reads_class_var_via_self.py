class C:
    items = [1, 2, 3]
    factor = 10
    def scaled(self):
        return [i * self.factor for i in self.items]
    @classmethod
    def scaled2(cls):
        return [i * cls.factor for i in cls.items]
print(C().scaled(), C.scaled2())
