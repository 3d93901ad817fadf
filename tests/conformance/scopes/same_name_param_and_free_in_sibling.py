def outer(x):
    def uses_free():
        return x
    def own_param(x):
        return x * 2
    return uses_free(), own_param(5), own_param.__code__.co_freevars, uses_free.__code__.co_freevars
print(outer(1))
