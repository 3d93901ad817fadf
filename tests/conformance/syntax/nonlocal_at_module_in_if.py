print("never printed")
if True:
    nonlocal x
