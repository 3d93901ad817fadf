# nonlocal reaches a variable two functions out.
# Context: module level (the same rule at module, class and function level).
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    print(middle(), x)
outer()
