# generator.throw(type, value, traceback) argument rules (genobject.c _gen_throw)
import sys
def f():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % v)
g = f(); next(g)
g.throw(ValueError)
g.throw(ValueError("xyz"))
g.throw(ValueError, ValueError(1))
g.throw(ValueError, TypeError(1))
g.throw(ValueError, ValueError(1), None)
g.throw(ValueError, (1, 2))
for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), (list,), (5,), ("ValueError",)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
def throw(g, exc):
    try:
        raise exc
    except:
        g.throw(*sys.exc_info())
throw(g, ValueError)
throw(g, TypeError) if False else None
g.send(1)
class Bad(Exception):
    def __new__(cls, *a):
        return 5
try:
    g.throw(Bad)
except TypeError as e:
    print("TypeError", e)
class Z(int):
    def __hash__(self):
        return self
print(hash(Z(42)) == hash(42), {Z(3): 1}[3])
