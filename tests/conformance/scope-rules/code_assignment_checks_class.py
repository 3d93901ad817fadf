# assigning __code__ requires the same number of free variables.
# Context: class level (the same rule at module, class and function level).
class Context:
    def three():
        return 3
    def four():
        return 4
    four.__code__ = three.__code__
    print(four(), four.__name__)
    def maker():
        z = 0
        return lambda: z
    try:
        four.__code__ = maker().__code__
    except ValueError as e:
        print("ValueError:", e)
    try:
        four.__code__ = 5
    except TypeError as e:
        print("TypeError:", e)
