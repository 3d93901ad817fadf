def f():
    threshold = 1
    g = (v for v in range(5) if v > threshold)
    threshold = 3
    return list(g)

print(f())
cond = 1
h = (v for v in range(5) if v > cond)
cond = 2
print(list(h))
