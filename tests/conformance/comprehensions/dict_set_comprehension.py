print({k: v for k, v in zip("abc", range(3))})
print({x % 3 for x in range(10)} == {0, 1, 2})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({i: [j for j in range(i)] for i in range(4)})
