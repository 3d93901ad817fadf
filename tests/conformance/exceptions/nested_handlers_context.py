try:
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("middle")
        except ValueError as m:
            print("middle context:", repr(m.__context__))
            raise
except ValueError as outer:
    print("outer:", repr(outer), repr(outer.__context__))
