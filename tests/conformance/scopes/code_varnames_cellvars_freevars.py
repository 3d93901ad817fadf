def outer(a, b=1, *args, c, **kw):
    local = 0
    shared = 1
    def inner(p):
        q = p + shared + a
        return q
    return inner
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
ci = outer(1, c=2).__code__
print(ci.co_varnames, ci.co_cellvars, ci.co_freevars, ci.co_nlocals)
