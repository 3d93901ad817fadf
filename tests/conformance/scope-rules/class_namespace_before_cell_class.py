# the class namespace is checked before the closure cell.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        y = "cell"
        class K:
            locals()["y"] = "namespace"
            got = y
        def g():
            return y
        return K.got, g()
    print(f())
