print("never printed")
del f()
