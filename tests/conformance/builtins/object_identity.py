a = [1]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), hex(id(a)) == hex(id(b)))
x = object()
print(repr(x)[:16], type(x).__name__, x == x, x != object())
