print(divmod(-0.0, 1), (-0.0) % 5, 0.0 % -5, -0.0 // 1)
print(1e308 + 1e308, -1e308 * 2, 1e-320, 5e-324 / 2, 2.0 ** -1074)
print(0.1 * 3, 0.3 / 0.1, 1.1 + 2.2, 1e15 + 0.3, 123456789.123456789)
print(float("1e-320"), float("-0"), float("+inf"), float("  nan  "), float("1E5"))
try:
    float("1e")
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
