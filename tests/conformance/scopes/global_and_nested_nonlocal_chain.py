x = "global"
def outer():
    global x
    def inner():
        return x
    x = "set by outer"
    return inner()

print(outer(), x)
print(outer.__code__.co_cellvars)
