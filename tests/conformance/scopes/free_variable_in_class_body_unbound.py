def f():
    class C:
        try:
            y = later
        except NameError as e:
            err = f"{type(e).__name__}: {e}"
    later = 1
    return C.err
print(f())
