print("never printed")
class C:
    nonlocal x
