# instance layouts decide which bases can be combined and which base is __base__
# (typeobject.c best_base / solid_base), and what __bases__ may become
def attempt(what, f):
    try:
        r = f()
        print(what, "ok", r if r is None or isinstance(r, str) else r.__name__)
    except TypeError as e:
        print(what, "TypeError", e)


class P: pass
class Q(P): pass
class Sa: __slots__ = ("a",)
class Sb: __slots__ = ("b",)

attempt("int+str", lambda: type("X", (int, str), {}))
attempt("list+dict", lambda: type("X", (list, dict), {}))
attempt("slots+slots", lambda: type("X", (Sa, Sb), {}))
attempt("P+int base", lambda: type("X", (P, int), {}).__base__)
attempt("Q+Sa base", lambda: type("X", (Q, Sa), {}).__base__)
attempt("exceptions", lambda: type("X", (ValueError, KeyError), {}).__base__)
attempt("OSError+ValueError", lambda: type("X", (OSError, ValueError), {}).__base__)
attempt("dup base", lambda: type("X", (P, P), {}))


class D(P): pass
attempt("bases to Q", lambda: setattr(D, "__bases__", (Q,)))
print(D.__mro__ == (D, Q, P, object))
attempt("bases cycle", lambda: setattr(P, "__bases__", (D,)))
attempt("bases repeat", lambda: setattr(D, "__bases__", (P, P)))
attempt("bases layout", lambda: setattr(D, "__bases__", (list,)))
attempt("bases empty", lambda: setattr(D, "__bases__", ()))
attempt("builtin bases", lambda: setattr(list, "__bases__", (object,)))
