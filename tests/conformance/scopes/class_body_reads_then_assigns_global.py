x = "g"
class C:
    y = x
    x = "c"
    z = x
print(C.y, C.z, x)
