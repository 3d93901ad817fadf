# co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f(a, b, /, c, *args, d, e=1, **kw):
        local = 0
    c = f.__code__
    print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
