# class C(**kw): keyword arguments from a mapping reach the metaclass and
# __init_subclass__ (bltinmodule.c builtin___build_class__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


d = {"metaclass": Meta}
class A(**d): pass
print(type(A).__name__)
class B(A, **{"flag": 1}):
    def __init_subclass__(cls, **kw): pass
try:
    class C(x=1, **{"x": 2}): pass
except TypeError as e:
    print("TypeError", e)
try:
    class D(**{1: 2}): pass
except TypeError as e:
    print("TypeError", e)
