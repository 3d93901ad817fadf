# a property subclass stores the getter's docstring in its instance __dict__;
# with __slots__ = () there is none and creating it raises AttributeError
class Q(property):
    pass


class P(property):
    __slots__ = ()


def f(self):
    "doc of f"
    return 1


for args in ((f,), (lambda s: 1,), (None,), (), (f, None, None, "given")):
    q = Q(*args)
    print(q.__doc__, q.__dict__)
for args in ((f,), (lambda s: 1,), (None,), (None, None, None, "given"), (f, None, None, "given")):
    try:
        p = P(*args)
        print("ok", p.__doc__)
    except AttributeError as e:
        print("AttributeError:", e)


class K:
    @Q
    def x(self):
        "x's doc"
        return 5

    @x.setter
    def x(self, v):
        pass


print(K.x.__doc__, K().x)
