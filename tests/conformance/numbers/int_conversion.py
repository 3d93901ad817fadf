print(int("42"), int("-0x1f", 16), int("0b101", 0), int("z", 36), int(" 7 "), int("1_000"))
print(int(True), int(3.7), int(-2.5), int("0o17", 0))
for bad in ["", "1.5", "abc", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
print(float(2 ** 60), float("nan") != float("nan"))
