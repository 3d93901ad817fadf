class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"x": "from __prepare__"}

def f():
    x = "from the function's cell"
    class C(metaclass=Meta):
        y = x
        def m(self):
            return x
    return C

C = f()
print(C.y, C().m())
