prefix = "mod"
class C:
    name = prefix + "-C"
    upper = name.upper()
print(C.name, C.upper)
