# `a, b = x, y` with displays of equal length is compiled item by item (codegen
# tuple-assign.ts): the right side is evaluated first, left to right, then the
# targets are assigned left to right
order = []
def v(x):
    order.append(x)
    return x
a, b = 1, 2
a, b = b, a
print(a, b)
l = [0, 0, 0]
i, l[i] = 1, 5
print(i, l)
[x, y] = [3, 4]
print(x, y)
x, [y, z] = 5, [6, 7]
print(x, y, z)
(p, q), r = (v(1), v(2)), v(3)
print(p, q, r, order)
class O:
    def __setattr__(self, k, val):
        order.append(("set", k, val))
        object.__setattr__(self, k, val)
o = O()
order.clear()
o.a, o.b = v("x"), v("y")
print(order)
def f():
    p, q = 1, 2
    for _ in range(5):
        p, q = q, p + q
    return p, q
print(f())
def g():
    try:
        u, w = 1, 1 / 0
    except ZeroDivisionError:
        pass
    try:
        print(u)
    except UnboundLocalError as e:
        print("unbound", e)
g()
def h():
    s, t = 1.5, 2.5
    s, t = t * 2.0, s + t
    return s, t
print(h())
a, *b = 1, 2, 3
print(a, b)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
def gen():
    m, n = (yield 1), (yield 2)
    yield (m, n)
it = gen()
print(next(it), it.send("M"), it.send("N"))
