# default values are evaluated once, when def runs.
# Context: module level (the same rule at module, class and function level).
def f():
    n = 1
    def g(a=n):
        return a
    n = 2
    return g(), g.__defaults__
print(f())
