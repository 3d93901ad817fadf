print(min(3, 1, 2), max([4, 9, 2]), min("b", "a"), max([], default="empty"))
print(max([1, 2, 3], key=lambda v: -v), min([(2, "b"), (1, "z")]))
print(sum([1, 2, 3]), sum([0.1] * 3), sum([[1], [2]], []), sum(range(5), 10))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
