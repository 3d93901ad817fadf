# a class body that only reads a name sees the enclosing function's variable.
# Context: module level (the same rule at module, class and function level).
def f():
    seen = "from f"
    class K:
        copy = seen
    return K.copy
print(f())
