# reading __class__ while the class body still runs is a NameError.
# Context: class level (the same rule at module, class and function level).
class Context:
    try:
        class A:
            def f():
                return __class__
            f()
    except NameError as e:
        print("NameError:", e)
