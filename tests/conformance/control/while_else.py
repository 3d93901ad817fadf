i = 0
while i < 3:
    print("i =", i)
    i += 1
else:
    print("done at", i)
while True:
    i -= 1
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
