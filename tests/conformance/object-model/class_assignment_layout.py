# obj.__class__ = C: allowed between classes with the same instance layout
# (typeobject.c object_set_class / compatible_for_assignment)
import types


def attempt(what, f):
    try:
        f()
        print(what, "ok")
    except (TypeError, AttributeError) as e:
        print(what, type(e).__name__, e)


class A: pass
class B: pass
class S1: __slots__ = ("a", "b")
class S2: __slots__ = ("b", "a")
class S3: __slots__ = ("a", "c")
class L(list): pass

a = A()
a.__class__ = B
print(type(a).__name__)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
attempt("slots differ", lambda: setattr(S1(), "__class__", S3))
attempt("dict vs slots", lambda: setattr(A(), "__class__", S1))
attempt("list subclass", lambda: setattr(A(), "__class__", L))
attempt("to builtin", lambda: setattr(A(), "__class__", object))
attempt("from builtin", lambda: setattr(object(), "__class__", A))
attempt("not a class", lambda: setattr(A(), "__class__", 1))
attempt("delete", lambda: delattr(A(), "__class__"))
attempt("int", lambda: setattr(1, "__class__", bool))


class M(types.ModuleType): pass

m = types.ModuleType("m")
m.__class__ = M
print(type(m).__name__, m.__name__)
