def f():
    a = 1
    return eval("a + b", {"b": 10}, {"a": 5}), eval("a"), a
print(f())
