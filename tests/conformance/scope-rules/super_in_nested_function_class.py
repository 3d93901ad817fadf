# a function nested in a method has __class__ but its own first argument.
# Context: class level (the same rule at module, class and function level).
class Context:
    class A:
        def hi(self):
            return "A.hi"
    class B(A):
        def hi(self):
            def helper(obj):
                return super().hi()
            def noargs():
                return super()
            try:
                noargs()
            except RuntimeError as e:
                print("RuntimeError:", e)
            return helper(self)
    print(B().hi())
