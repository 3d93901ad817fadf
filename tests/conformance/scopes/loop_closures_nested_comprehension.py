def f():
    out = []
    for i in range(2):
        out.append([lambda: (i, j) for j in range(2)])
    return [[g() for g in row] for row in out]
print(f())
