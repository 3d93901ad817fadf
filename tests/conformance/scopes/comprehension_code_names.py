def f():
    a = [x for x in range(1)]
    b = {x for x in range(1)}
    c = {x: x for x in range(1)}
    d = (x for x in range(1))
    return d
g = f()
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code.co_varnames)
consts = [c for c in f.__code__.co_consts if hasattr(c, "co_name")]
print([c.co_name for c in consts], [c.co_qualname for c in consts])
