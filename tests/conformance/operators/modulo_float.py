print(5.0 % 3, -5.0 % 3, 5.0 % -3, -5.0 % -3)
print(1e300 % 7, 0.1 % 0.03)
print((-1e-20) % 1.0)
print(divmod(-7.5, 2), divmod(7, -2.5))
