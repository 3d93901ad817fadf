# the class namespace is checked before the closure cell.
# Context: function level (the same rule at module, class and function level).
def context():
    def f():
        y = "cell"
        class K:
            locals()["y"] = "namespace"
            got = y
        def g():
            return y
        return K.got, g()
    print(f())

context()
