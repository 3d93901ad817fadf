def outer():
    f = None
    def setter():
        nonlocal f
        def f():
            pass
    setter()
    return f
print(outer().__qualname__)
