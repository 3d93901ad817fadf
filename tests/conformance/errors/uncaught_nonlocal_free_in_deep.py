def a():
    def b():
        def c():
            return v
        return c()
    result = b()
    v = 1
    return result
a()
