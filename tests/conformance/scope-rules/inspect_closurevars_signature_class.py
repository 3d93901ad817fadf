# inspect.getclosurevars and signature.
# Context: class level (the same rule at module, class and function level).
class Context:
    import inspect
    def outer():
        k = 3
        def inner(a, /, b=2, *rest, c, **kw):
            return k + len(rest)
        return inner
    fn = outer()
    cv = inspect.getclosurevars(fn)
    print(cv.nonlocals, sorted(cv.builtins))
    sig = inspect.signature(fn)
    print(sig)
    print([(p.name, str(p.kind)) for p in sig.parameters.values()])
    print(inspect.isfunction(fn), inspect.isgeneratorfunction(fn), inspect.ismethod(fn))
