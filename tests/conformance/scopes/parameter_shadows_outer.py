x = "global"
def outer(x="outer param"):
    def inner(x="inner param"):
        return x
    return inner(), x, inner.__closure__
print(outer())
