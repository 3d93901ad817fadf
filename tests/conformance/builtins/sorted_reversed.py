data = [5, 2, 9, 1, 5]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed(data)), list(reversed(range(4))), list(reversed("ab")))
data.sort(key=lambda v: -v)
print(data)
people = [("ann", 30), ("bob", 25), ("cy", 30)]
print(sorted(people, key=lambda p: p[1]))
