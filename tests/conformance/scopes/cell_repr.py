def make():
    n, s, lst = 7, "text", [1]
    class K:
        pass
    k = K()
    return lambda: (n, s, lst, k, K)
f = make()
for c in f.__closure__:
    print(c)
