# AttributeError subclasses raised by __class__ / __isabstractmethod__ properties are swallowed like AttributeError; other errors propagate
class MyAttr(AttributeError): pass
class Weird:
    @property
    def __class__(self):
        raise MyAttr("no class")
    @property
    def __isabstractmethod__(self):
        raise MyAttr("x")
w = Weird()
print(isinstance(w, Weird), isinstance(w, int))
print(type(w).__name__)
import abc
class A(abc.ABC):
    m = Weird()
print(A.__abstractmethods__)
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
class Fake(Exception): pass
Fake.__name__ = "AttributeError"
class V:
    @property
    def __isabstractmethod__(self):
        raise Fake("boom")
try:
    class B(abc.ABC):
        m = V()
except Exception as e:
    print(type(e).__name__, e)
class Cls:
    @property
    def __class__(self):
        raise MyAttr
print(isinstance(Cls(), Cls))
