def f():
    try:
        print(n)
    except UnboundLocalError as e:
        print(e)
    n = 1
    return n
print(f())
print(f.__code__.co_varnames)
