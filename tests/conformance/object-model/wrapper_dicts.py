# classmethod/staticmethod objects carry the wrapped function's attributes in a
# __dict__; property.__set__/__delete__, super.__get__, function.__call__ keywords
def f(cls, a):
    "f doc"
    return a

cm = classmethod(f)
print(sorted(cm.__dict__), cm.__doc__, cm.__name__)
cm.x = 3
print(cm.x, "x" in cm.__dict__)
print(staticmethod(None).__dict__)
for bad in (lambda: classmethod(f, kw=1), lambda: classmethod(), lambda: staticmethod(f, f)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class C:
    def __init__(self):
        self._v = 0
    def get(self): return self._v
    def put(self, v): self._v = v
    def drop(self): self._v = None
    v = property(get, put, drop)
    w = property(get)

c = C()
C.v.__set__(c, 5)
print(C.v.__get__(c), C.v.__get__(None, C) is C.v)
C.v.__delete__(c)
print(c._v)
for bad in (lambda: C.w.__set__(c, 1), lambda: C.w.__delete__(c), lambda: setattr(C.v, "fget", 1)):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)


class B:
    p = property(lambda self: "p")

class D(B):
    @classmethod
    def viaclass(cls):
        return super(D, cls).p

print(D.viaclass() is B.p)
print(repr(super(D).__get__(D()))[:24], super(D, D()).__get__(D()).p)
print((lambda a, b=2: a + b).__call__(a=1, b=3))


class N:
    @classmethod
    def __new__(*args):
        return args

print(N(1) == (N, N, 1))
