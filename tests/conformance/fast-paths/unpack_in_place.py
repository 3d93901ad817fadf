# `a, b = value` reads an exact tuple of the right length in place; lists, other
# iterables, subclasses and wrong lengths go the ordinary way (messages included).
l = [1, 2]
l[1], l[0] = l
print(l)
m = [1, 2, 3]
m[0], m[1], m[2] = m[::-1]
print(m)
t = (1, 2)
a, b = t
print(a, b)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
pairs = [(1, 2), [3, 4], "ab", range(2), iter((5, 6))]
for p, q in pairs:
    print(p, q)


class T(tuple):
    def __iter__(self):
        print("iter T")
        return iter((7, 8))


x, y = T((1, 2))
print(x, y)
for bad in [(1,), (1, 2, 3), [1], 5, None, "abc"]:
    try:
        a, b = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
s = [0, 0]
s[0], s[1] = (9, 8)
print(s)


def f(pairs):
    out = []
    for i, (u, w) in enumerate(pairs):
        out.append(i + u * w)
    return out


print(f([(1, 2), (3, 4)]))
