# two closures share one cell through nonlocal.
# Context: function level (the same rule at module, class and function level).
def context():
    def counter():
        n = 0
        def inc():
            nonlocal n
            n += 1
            return n
        def get():
            return n
        return inc, get
    inc, get = counter()
    inc(); inc()
    print(get(), inc.__closure__[0] is get.__closure__[0])

context()
