print("never printed")
class C:
    y = g
    global g
