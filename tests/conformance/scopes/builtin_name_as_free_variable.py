def outer():
    len = lambda v: "custom len"
    def inner():
        return len([1, 2])
    return inner()
print(outer(), len([1, 2]))
