print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda v: v > 1, [1, 2, 3])))
m = map(str, [1, 2])
print(next(m), list(m), list(m))
