print(bool(), int(), float(), str(), list(), tuple(), dict())
print(bool(2), bool([]), int("10", 2), float(7), str(7.0), int(float("1e3")))
print(type(bool(1)).__name__, True == 1, hash(True) == hash(1))
