# variable annotations: __annotations__ is set up only when missing, the value is
# assigned before the annotation is evaluated, complex targets are evaluated
class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)

ns = {"__annotations__": Loud()}
exec("a: int = 1\nb: str\n(c): float = 2.0\n", ns)
print(sorted(ns["__annotations__"].items(), key=str), ns["a"], ns["c"])

g, l = {}, {}
exec("'doc'\nx: int = 5\n", g, l)
print("__annotations__" in g, l["__annotations__"], l["x"])

exec("if True:\n    for i in range(1):\n        y: int\n", g2 := {})
print(g2["__annotations__"])

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"__annotations__": Loud()}
class K(metaclass=Meta):
    p: "P" = 1
print(K.__annotations__)

def order():
    try:
        undefined_name[0]: int = 1 / 0
    except ZeroDivisionError:
        print("value first")
    class Box:
        pass
    box = Box()
    box.attr: print("never evaluated in a function")
    try:
        missing.attr: int
    except NameError as e:
        print("target evaluated:", e)
order()

class T:
    try:
        nope.attr: int
    except NameError:
        print("class body evaluates the target too")
    z: print("class annotation evaluated") or int

import types
m = types.ModuleType("m")
print(m.__annotations__, "__annotations__" in m.__dict__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print("AttributeError", e)
