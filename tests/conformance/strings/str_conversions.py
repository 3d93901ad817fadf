print(str(42), str(-0.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": [1]}))
print(repr([1, "a"]), repr({1, }), repr(()), repr((1,)), repr({}), repr(set()))
print(str(1e-7), str(12345678901234567890.0), str(float(10**16)))
print(int("  -12  "), float("1e-3"), bool(""), bool("False"))
