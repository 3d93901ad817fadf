def f():
    fs = [lambda: i for i in range(2)]
    g = (lambda: 0 for _ in range(1))
    d = {k: (lambda: k) for k in "a"}
    s = {(lambda: 0).__qualname__ for _ in range(1)}
    return fs[0].__qualname__, next(g).__qualname__, d["a"].__qualname__, s.pop()

for q in f():
    print(q)
print([lambda: 0 for _ in range(1)][0].__qualname__)
class C:
    fs = [lambda: 0 for _ in range(1)]
print(C.fs[0].__qualname__)
