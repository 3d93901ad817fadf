class C:
    limit = 2
    values = [1, 2, 3]
    ok = list(v for v in values)
    try:
        bad = list(v for v in values if v < limit)
    except NameError as e:
        err = str(e)
print(C.ok, C.err)
