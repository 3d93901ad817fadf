# super() in a staticmethod without arguments raises RuntimeError.
# Context: class level (the same rule at module, class and function level).
class Context:
    class A:
        @staticmethod
        def s():
            return super()
    try:
        A.s()
    except RuntimeError as e:
        print("RuntimeError:", e)
