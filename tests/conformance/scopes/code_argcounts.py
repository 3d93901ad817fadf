def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    pass
co = f.__code__
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_name, co.co_qualname)
g = lambda *a, **k: 0
print(g.__code__.co_argcount, g.__code__.co_varnames, g.__code__.co_name)
