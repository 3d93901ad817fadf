print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(range(0, 10, 3)), len(set()))
r = range(10, 0, -3)
print(r, list(r), r[1], r[-1], r[1:3], len(r))
print(range(5) == range(0, 5), range(0) == range(5, 2), 7 in range(1, 10, 2))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
