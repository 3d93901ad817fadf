# eval/exec called through another function use the running frame's namespaces
def call(f, *args):
    return f(*args)
x = 5
print(call(eval, "x + 1"))
call(exec, "y = x * 2")
print(y)
def g():
    z = 7
    return call(eval, "z")
try:
    g()
except NameError as e:
    print("NameError", e)
print(list(map(eval, ["1 + 1", "x"])))
