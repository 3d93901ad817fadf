print("never printed")
class C:
    x = 1
    def m(self):
        nonlocal x
        x = 2
