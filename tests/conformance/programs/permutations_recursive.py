def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
perms = list(permutations([1, 2, 3]))
print(perms, len(list(permutations(list(range(5))))))
print(["".join(p) for p in permutations("abc")])
