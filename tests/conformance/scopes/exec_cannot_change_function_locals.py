def f():
    a = 1
    exec("a = 2")
    ns = {}
    exec("b = a + 10", {"a": a}, ns)
    return a, ns
print(f())
x = 1
exec("x = 2")
print(x)
