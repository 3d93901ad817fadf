for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else after continue-only loop")
n = 0
while n < 3:
    n += 1
    continue
else:
    print("while else", n)
