import math as m1
print("module:", m1.floor(1.5))
class C:
    import math as m2
    print("class:", m2.floor(2.5))
print(hasattr(C, "m2"))
def func():
    import math as m3
    return m3.floor(3.5), func.__code__.co_varnames
print("function:", func())
