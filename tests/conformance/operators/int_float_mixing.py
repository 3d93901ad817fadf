print(1 + 2.0, 3 * 0.5, 10 - 0.25, 2 ** 0.5)
print(type(1 + 2.0).__name__, type(3 * 2).__name__, type(True + 1).__name__)
print(1 == 1.0, 2 < 2.5, 10**20 == 1e20, 10**16 + 1 == 1e16 + 1)
print(True + True, True * 10, False - 1)
