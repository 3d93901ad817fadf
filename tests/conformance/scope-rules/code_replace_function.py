# code.replace returns a changed copy.
# Context: function level (the same rule at module, class and function level).
def context():
    def f(a):
        return a
    c = f.__code__.replace(co_name="renamed")
    print(c.co_name, f.__code__.co_name, c.co_varnames)
    try:
        f.__code__.replace(co_bogus=1)
    except TypeError as e:
        print("TypeError:", e)

context()
