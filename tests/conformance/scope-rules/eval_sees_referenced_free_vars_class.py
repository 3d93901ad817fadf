# eval inside a nested function sees the free variables the function references.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        used = "used"
        unused = "unused"
        def g():
            used
            try:
                return eval("used"), eval("unused")
            except NameError as e:
                return eval("used"), "NameError: " + str(e)
        return g()
    print(f())
