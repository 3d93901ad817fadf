# a metaclass's mro() runs while the class has no MRO yet, and its result is checked
# (typeobject.c mro_internal / mro_check)
seen = []


class Reverse(type):
    def mro(cls):
        seen.append(cls.__mro__)
        return list(reversed(type.mro(cls)))


class A: pass
class B(A): pass
class X(B, metaclass=Reverse): pass
print(seen, [k.__name__ for k in X.__mro__])


def attempt(what, meta_mro):
    M = type("M", (type,), {"mro": meta_mro})
    try:
        M("Y", (), {})
        print(what, "ok")
    except TypeError as e:
        print(what, "TypeError", e)

attempt("non-class", lambda cls: [1])
attempt("non-sequence", lambda cls: 1)
attempt("layout", lambda cls: [cls, dict, object])
attempt("without self", lambda cls: (object,))
print(type.mro(X) == [X, B, A, object])
