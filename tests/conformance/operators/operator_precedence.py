print(2 + 3 * 4 ** 2, (2 + 3) * 4, -3 ** 2, not 1 == 2, 1 + 2 << 1, 1 | 2 ^ 3 & 4)
print(2 ** -1, 10 - 2 - 3, 2 ** 2 ** 3, 100 // 10 // 3, 7 % 3 * 2, ~1 + 1)
print(True or False and False, (True or False) and False, not True or True, 1 < 2 == 2)
print(1 if 0 else 2 if 0 else 3, [1, 2][0] + 1, -(-2) ** 2)
