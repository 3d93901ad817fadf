def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")

g = gen()
print(type(g).__name__)
for v in g:
    print("got", v)
print(list(gen()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
