def f():
    results = [(lambda: (z := i * 10))() for i in range(3)]
    try:
        z
    except NameError as e:
        return results, type(e).__name__
    return results, "z leaked"
print(f())
