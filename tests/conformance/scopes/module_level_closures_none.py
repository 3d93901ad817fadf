count = 0
def bump():
    global count
    count += 1
    return count
print(bump(), bump(), bump.__closure__, bump.__code__.co_freevars)
lam = lambda: count
print(lam(), lam.__closure__)
