print("module:", abs(-1))
abs = lambda v: "module abs"
print("module:", abs(-1))
del abs
class C:
    print("class:", abs(-2))
    abs = lambda v: "class abs"
    print("class:", abs(-2))
def func():
    def abs(v):
        return "function abs"
    return abs(-3)
print("function:", func(), abs(-3))
