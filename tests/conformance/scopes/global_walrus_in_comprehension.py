def f():
    global last
    [last := v for v in range(4)]

f()
print(last)
[found := w for w in "xyz"]
print(found)
