def outer():
    class Point:
        pass
    def make():
        return Point()
    return make
make = outer()
print(type(make()).__name__, make.__code__.co_freevars, type(make()).__qualname__)
