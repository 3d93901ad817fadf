# the class namespace is checked before the closure cell.
# Context: module level (the same rule at module, class and function level).
def f():
    y = "cell"
    class K:
        locals()["y"] = "namespace"
        got = y
    def g():
        return y
    return K.got, g()
print(f())
