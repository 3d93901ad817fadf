# assigning __code__ requires the same number of free variables.
# Context: function level (the same rule at module, class and function level).
def context():
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

context()
