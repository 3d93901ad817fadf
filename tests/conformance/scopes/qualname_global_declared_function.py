def outer():
    global made
    def made():
        pass
    def local():
        pass
    return local
loc = outer()
print(made.__qualname__, loc.__qualname__)
class C:
    def m(self):
        global made_in_method
        class made_in_method:
            def h(self):
                pass
C().m()
print(made_in_method.__qualname__, made_in_method.h.__qualname__)
