# The error sits in the last function of the file: still nothing runs.
print("never printed")
def ok():
    return 1
class Fine:
    def m(self):
        return ok()
def bad():
    def inner():
        nonlocal missing
    return inner
