def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        get = lambda: e
        print("inside:", repr(get()))
    try:
        get()
    except NameError as err:
        print(err)
    print(get.__closure__[0])

f()
