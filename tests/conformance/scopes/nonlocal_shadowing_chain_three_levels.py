def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x += "+c"
            def d():
                nonlocal x
                x += "+d"
            d()
            return x
        return c(), x
    return b(), x
print(a())
