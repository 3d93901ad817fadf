x = "module"
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
        return x
    inner()
    return x

print(outer(), x)
