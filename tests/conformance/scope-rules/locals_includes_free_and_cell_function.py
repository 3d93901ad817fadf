# locals() in a function includes its cell and free variables.
# Context: function level (the same rule at module, class and function level).
def context():
    def f(p):
        c = 1
        def g():
            q = 2
            return sorted(locals().items()), c, p
        return sorted(locals()), g()
    print(f(0))

context()
