# reading __class__ while the class body still runs is a NameError.
# Context: function level (the same rule at module, class and function level).
def context():
    try:
        class A:
            def f():
                return __class__
            f()
    except NameError as e:
        print("NameError:", e)

context()
