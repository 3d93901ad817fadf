def outer():
    x = "x value"
    y = "y value"
    def with_ref():
        y
        return eval("y")
    def without_ref():
        return eval("x")
    print(with_ref())
    try:
        without_ref()
    except NameError as e:
        print(e)
outer()
