class A:
    def __init__(self):
        self.__x = "A's"
    def a_x(self):
        return self.__x
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"
    def b_x(self):
        return self.__x
b = B()
print(b.a_x(), b.b_x(), sorted(vars(b)))
