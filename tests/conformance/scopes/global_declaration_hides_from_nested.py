x = "global"
def f():
    x = "f local"
    def g():
        global x
        def h():
            return x
        return h(), h.__code__.co_freevars
    return g()
print(f())
