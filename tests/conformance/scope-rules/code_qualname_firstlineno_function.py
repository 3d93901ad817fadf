# co_qualname and co_firstlineno.
# Context: function level (the same rule at module, class and function level).
def context():
    def f():
        class C:
            def m(self):
                pass
        return C.m
    m = f()
    print(m.__code__.co_qualname, m.__code__.co_firstlineno - f.__code__.co_firstlineno)

context()
