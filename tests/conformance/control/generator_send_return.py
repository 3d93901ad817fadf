def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def sub():
    yield 1
    return "sub-done"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
