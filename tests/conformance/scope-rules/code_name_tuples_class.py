# co_varnames, co_cellvars, co_freevars (sorted) and co_names.
# Context: class level (the same rule at module, class and function level).
class Context:
    def outer(p, q):
        b = 1
        a = 2
        loc = len([])
        def inner():
            return a + b + p
        return inner
    inner = outer(1, 2)
    print(outer.__code__.co_varnames, outer.__code__.co_cellvars)
    print(inner.__code__.co_freevars, outer.__code__.co_names)
