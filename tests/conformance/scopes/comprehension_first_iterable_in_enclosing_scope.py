class C:
    data = [1, 2, 3]
    ok = [d * 10 for d in data]
    try:
        bad = [(d, e) for d in data for e in data]
    except NameError as e:
        err = str(e)
print(C.ok, C.err)
