print(list(enumerate("abc")), list(enumerate("ab", start=5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), dict(zip("xy", [1, 2])))
for i, (a, b) in enumerate(zip([1, 2], [3, 4])):
    print(i, a + b)
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
