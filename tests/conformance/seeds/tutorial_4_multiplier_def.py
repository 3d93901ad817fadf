def multiplier(x):
    def multiply(y):
        return x * y
    return multiply
