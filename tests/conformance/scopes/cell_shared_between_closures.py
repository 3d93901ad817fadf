def outer():
    shared = []
    def add(v):
        shared.append(v)
    def get():
        return shared
    return add, get
add, get = outer()
add(1)
print(add.__closure__[0] is get.__closure__[0], get(), add.__closure__[0] == get.__closure__[0])
add2, get2 = outer()
print(add.__closure__[0] is add2.__closure__[0], get2())
