# f_locals: a snapshot of a function's variables, including cells and free vars.
import sys

def show(depth=1):
    f = sys._getframe(depth)
    return sorted((k, v) for k, v in f.f_locals.items() if not callable(v))

def outer(a, b=2):
    c = a + b
    def nested():
        return c
    print(show())
    d = "later"
    print(show())
    return nested

def uses_free():
    fn = outer(1)
    print(fn.__code__.co_freevars)

uses_free()

class Body:
    x = 1
    print(sorted(k for k in sys._getframe().f_locals if not k.startswith("__")))
