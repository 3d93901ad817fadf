x = 0
def outer():
    x = 10
    def inner():
        global x
        x += 1
        return x
    return inner(), x

print(outer(), x)
