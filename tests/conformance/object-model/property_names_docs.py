# property: __set_name__ in messages, docstrings (subclasses, getter copies), classmethod(property)
class Q:
    foo = property()
class R:
    pass
R.bar = property()
for o, n in ((Q(), "foo"), (R(), "bar")):
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                getattr(o, n)
            elif op == "set":
                setattr(o, n, 1)
            else:
                delattr(o, n)
        except AttributeError as e:
            print(e)
p = property()
for i in (0, 1, 3):
    try:
        p.__set_name__(*([0] * i))
    except TypeError as e:
        print(e)

class PropertySub(property):
    """This is a subclass of property"""
class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
    @property
    def ham(self):
        """ham doc"""
        return 2
    @ham.setter
    def ham(self, v):
        """setter doc"""
print(Foo.spam.__doc__, Foo.ham.__doc__, Foo().spam, type(Foo.spam).__name__)
Foo.ham.__doc__ = "changed"
print(Foo.ham.__doc__)

class Base:
    @property
    def spam(self):
        """BaseClass.getter"""
        return 1
class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """SubClass.getter"""
        return 2
print(Sub.spam.__doc__, Sub().spam)

class A:
    @classmethod
    @property
    def __doc__(cls):
        return 'A doc for %r' % cls.__name__
    @classmethod
    @property
    def kind(cls):
        return cls.__name__.lower()
print(A.__doc__, A.kind, A().kind)
