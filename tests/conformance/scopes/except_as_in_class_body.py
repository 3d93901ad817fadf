class C:
    try:
        raise TypeError("t")
    except TypeError as err:
        saved = repr(err)
print(C.saved, hasattr(C, "err"))
