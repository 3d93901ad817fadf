# NameError for a free variable whose cell is empty.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        def g():
            return later
        try:
            g()
        except NameError as e:
            print(type(e).__name__, e)
        later = 1
        return g()
    print(f())
