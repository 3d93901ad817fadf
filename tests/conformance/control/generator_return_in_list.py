def g():
    yield 1
    return 2
def h():
    x = yield from g()
    print("yield from returned", x)
    yield x
print(list(h()))
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
