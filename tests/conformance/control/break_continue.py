for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print(i)
n = 0
while n < 10:
    n += 1
    if n < 8:
        continue
    print("n", n)
