def gen(n):
    "Generate numbers."
    yield from range(n)
g = gen(3)
print(gen.__name__, g.__name__, g.__qualname__, gen.__doc__, type(g).__name__)
print(g.gi_running, g.gi_frame is not None, next(g), list(g), g.gi_frame)
