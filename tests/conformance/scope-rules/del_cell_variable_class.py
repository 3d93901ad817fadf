# deleting a cell variable empties the cell that closures read.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        x = 1
        def g():
            return x
        del x
        try:
            g()
        except NameError as e:
            print(type(e).__name__, e)
        x = 2
        print(g())
    f()
