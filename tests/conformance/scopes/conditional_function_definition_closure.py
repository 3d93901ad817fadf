def make(flag):
    v = "captured"
    if flag:
        def f():
            return "first " + v
    else:
        def f():
            return "second " + v
    return f
print(make(True)(), make(False)(), make(True).__qualname__)
