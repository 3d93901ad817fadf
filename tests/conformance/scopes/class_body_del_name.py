class C:
    temp = 1
    keep = temp + 1
    del temp
print(hasattr(C, "temp"), C.keep)
try:
    class D:
        del nothing
except NameError as e:
    print(e)
