# a class body that only reads a name sees the enclosing function's variable.
# Context: function level (the same rule at module, class and function level).
def context():
    def f():
        seen = "from f"
        class K:
            copy = seen
        return K.copy
    print(f())

context()
