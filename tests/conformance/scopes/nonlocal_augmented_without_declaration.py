def outer():
    n = 0
    def inc():
        n += 1
        return n
    try:
        inc()
    except UnboundLocalError as e:
        print(e)
    print(inc.__code__.co_varnames, inc.__code__.co_freevars, outer.__code__.co_cellvars)

outer()
