first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy",), {*"aab"} == {"a", "b"}, {**{"a": 1}, "b": 2})
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
