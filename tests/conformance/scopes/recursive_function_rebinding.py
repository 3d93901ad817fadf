def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
original = fact
fact = lambda n: 0
print(original(5))
def outer():
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)
    f = rec
    rec = lambda n: 100
    return f(3)
print(outer())
