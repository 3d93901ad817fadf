# __name__ / __qualname__ / __doc__ / __module__ of classes, and type()'s checks
def attempt(what, f):
    try:
        r = f()
        print(what, "ok", repr(r))
    except (TypeError, ValueError, UnicodeEncodeError) as e:
        print(what, type(e).__name__, e)


class S(str): pass
class C: "doc"

attempt("name str subclass", lambda: (setattr(C, "__name__", S("N")), C.__name__)[1])
attempt("name int", lambda: setattr(C, "__name__", 3))
attempt("name nul", lambda: setattr(C, "__name__", "a\0b"))
attempt("name surrogate", lambda: setattr(C, "__name__", "a\udc80"))
attempt("del name", lambda: delattr(C, "__name__"))
attempt("builtin name", lambda: setattr(int, "__name__", "x"))
attempt("qualname", lambda: (setattr(C, "__qualname__", "Q.R"), C.__qualname__)[1])
attempt("qualname bytes", lambda: setattr(C, "__qualname__", b"x"))
attempt("del qualname", lambda: delattr(C, "__qualname__"))
attempt("del doc", lambda: delattr(C, "__doc__"))
attempt("builtin doc", lambda: setattr(int, "__doc__", "x"))
attempt("del module", lambda: delattr(C, "__module__"))
attempt("builtin attr", lambda: setattr(int, "spam", 1))
attempt("type() nul", lambda: type("A\0", (), {}))
attempt("type() qualname", lambda: type("A", (), {"__qualname__": 1}))
attempt("type() doc surrogate", lambda: type("A", (), {"__doc__": "x\udcdc"}))
attempt("type() bases", lambda: type("A", [], {}))
attempt("type() ns", lambda: type("A", (), []))
T = type("T", (), {"b": 1, "a": 2})
print(list(T.__dict__)[:3], T.__module__)
print(int.__name__, int.__module__, object.__module__, hasattr(None, "__module__"))
