class P:
    cls_attr = "shared"
p = P()
setattr(p, "x", 10)
print(getattr(p, "x"), getattr(p, "missing", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
print(getattr(p, "cls_attr"), vars(p))
delattr(p, "x")
print(hasattr(p, "x"), vars(p))
try:
    getattr(p, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(p, "nope")
except AttributeError as e:
    print(e)
