# an assignment expression in a comprehension binds in the enclosing function.
# Context: function level (the same rule at module, class and function level).
def context():
    def f():
        total = 0
        sums = [total := total + n for n in range(4)]
        print(sums, total)
        return lambda: total
    print(f()(), f.__code__.co_cellvars)

context()
