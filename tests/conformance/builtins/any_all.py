print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("x"), all(""))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
