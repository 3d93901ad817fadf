if (m := 5) > 3:
    print("module:", m)
class C:
    if (c := 6) > 3:
        print("class:", c)
print(C.c)
def func():
    if (f := 7) > 3:
        return f, func.__code__.co_varnames
print("function:", func())
