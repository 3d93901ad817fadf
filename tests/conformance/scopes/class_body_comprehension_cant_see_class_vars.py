class C:
    xs = [1, 2, 3]
    doubled = [v * 2 for v in xs]
    try:
        bad = [v + len(xs) for v in xs]
    except NameError as e:
        error = str(e)
print(C.doubled, C.error, hasattr(C, "bad"))
