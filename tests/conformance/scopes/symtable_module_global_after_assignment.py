print("never printed")
g = 1
global g
