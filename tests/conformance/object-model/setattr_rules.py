# setattr corner cases: read-only class attributes of dict-less instances, object's
# setattr on classes, deleting __dict__, data descriptors without __get__
def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except (AttributeError, TypeError) as e:
        print(what, type(e).__name__, e)


class B:
    y = 0
    __slots__ = ("z",)

attempt("slots class attr", lambda: setattr(B(), "y", 1))
attempt("del slots class attr", lambda: delattr(B(), "y"))
attempt("str method", lambda: setattr("s", "upper", 1))


class C: pass

attempt("object.__setattr__ on class", lambda: object.__setattr__(C, "x", 1))
attempt("type.__setattr__ on class", lambda: type.__setattr__(C, "x", 1))
print(C.x)
c = C()
c.a = 1
del c.__dict__
print(c.__dict__)
attempt("del exception dict", lambda: delattr(ValueError(), "__dict__"))


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["a"] = value

class H:
    a = SetOnly()

h = H()
print(type(h.a).__name__)
h.a = 42
print(h.a)


class E:
    __eq__ = property(lambda self: 1 / 0)

print(E() == E())
