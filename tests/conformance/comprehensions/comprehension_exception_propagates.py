def bad(v):
    if v == 2:
        raise ValueError(f"bad value {v}")
    return v
try:
    print([bad(v) for v in range(4)])
except ValueError as e:
    print("caught", e)
g = (bad(v) for v in range(4))
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("from generator:", e)
print(list(g))
