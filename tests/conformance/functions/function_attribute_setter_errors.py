# Setting a function's special attributes checks the type (funcobject.c setters);
# a code object's attributes are read-only.
def f(a, b=1, *, k=2):
    "doc"
    return a, b, k

for name, value in [("__defaults__", [1]), ("__kwdefaults__", [1]), ("__annotations__", 1),
                    ("__name__", 1), ("__qualname__", None), ("__code__", 1)]:
    try:
        setattr(f, name, value)
        print(name, "accepted")
    except TypeError as e:
        print(name, type(e).__name__, e)

f.__defaults__ = (5,)
f.__kwdefaults__ = {"k": 6}
print(f(0))
f.__annotations__ = None
print(f.__annotations__)
del f.__kwdefaults__
print(f.__kwdefaults__)

for name in ["co_name", "co_argcount", "co_flags", "co_names", "co_consts", "co_varnames", "co_freevars", "co_cellvars"]:
    try:
        setattr(f.__code__, name, 1)
    except AttributeError as e:
        print(name, type(e).__name__, e)

# a function made with globals that lack __builtins__ sees the running builtins
import types
g = types.FunctionType(f.__code__, {})
print(type(g.__builtins__).__name__, g.__builtins__ is f.__builtins__, "len" in g.__builtins__)
