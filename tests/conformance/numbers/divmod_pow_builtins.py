print(divmod(17, 5), divmod(-17, 5), divmod(17.0, -5), divmod(2 ** 70, 12345))
print(pow(2, 0.5), pow(-2, 2), pow(2, -2), pow(7, 2, 5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
