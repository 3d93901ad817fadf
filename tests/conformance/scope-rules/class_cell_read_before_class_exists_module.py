# reading __class__ while the class body still runs is a NameError.
# Context: module level (the same rule at module, class and function level).
try:
    class A:
        def f():
            return __class__
        f()
except NameError as e:
    print("NameError:", e)
