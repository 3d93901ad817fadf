# Floor division rounds toward negative infinity for every sign combination.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2)
print(0 // 5, -0.0 // 1, 5 % 5, -5 % 5)
