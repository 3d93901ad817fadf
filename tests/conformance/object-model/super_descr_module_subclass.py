import sys
MT = type(sys)
class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)
a = MM("a"); a.foo = 12; print(a.foo, a.__name__, a, type(a).__name__)
class M(MT): pass
m = M("m"); m.b = 2; print(sorted(m.__dict__), m)
class autosuper(type):
    def __init__(cls, name, bases, dict):
        super(autosuper, cls).__init__(name, bases, dict)
        setattr(cls, "_%s__super" % name, super(cls))
class A(metaclass=autosuper):
    def meth(self): return "A"
class B(A):
    def meth(self): return "B" + self.__super.meth()
class C(A):
    def meth(self): return "C" + self.__super.meth()
class D(C, B):
    def meth(self): return "D" + self.__super.meth()
print(D().meth())
class Proxy:
    def __init__(self, obj): self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"): return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class BB:
    def f(self): return "B.f"
class CC(BB):
    def f(self): return super(CC, self).f() + "->C.f"
print(CC.__dict__["f"](Proxy(CC())))
try: type.__getattribute__(list, type)
except TypeError as e: print(e)

# subclasses of super
class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class E(D):
    def meth(self):
        return "E" + mysuper(E, self).meth()
print(E().meth())
class F(E):
    def meth(self):
        s = self.__super
        return "F[%s]" % s.__class__.__name__ + s.meth()
F._F__super = mysuper(F)
print(F().meth())
