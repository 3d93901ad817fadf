class C:
    k = 5
    get = lambda self: k
    get2 = lambda self, k=k: k
try:
    C().get()
except NameError as e:
    print(e)
print(C().get2())
