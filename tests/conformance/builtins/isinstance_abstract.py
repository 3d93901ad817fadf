# isinstance/issubclass with objects that are not classes but have __bases__ and
# __class__ (abstract.c abstract_issubclass), and deep tuples (RecursionError)
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)

class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)

Base = AbstractClass(())
Child = AbstractClass((Base,))
Other = AbstractClass(())
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, Other))
print(isinstance(Child(), Base), isinstance(Base(), Child), isinstance(Child(), (Other, Base)))
print(issubclass(Child, Child), isinstance(Child(), Child))

class NoBases:
    pass
for f, a, b in [(issubclass, NoBases(), int), (issubclass, int, NoBases()), (isinstance, 1, NoBases())]:
    try:
        print(f(a, b))
    except TypeError as e:
        print("TypeError:", e)

class Real:
    pass
class Fake:
    __class__ = Real
print(isinstance(Fake(), Real), type(Fake()) is Fake)

t = (str,)
for i in range(2000):
    t = (t,)
try:
    isinstance("", t)
except RecursionError as e:
    print("RecursionError:", e)
try:
    issubclass(str, t)
except RecursionError as e:
    print("RecursionError:", e)
