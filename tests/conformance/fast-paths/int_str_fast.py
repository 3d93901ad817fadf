# int(text) for short decimal strs and everything around them
cases = ["0", "7", "-0", "+0", "-7", "+42", "007", "-007", "123456789012345",
         "-123456789012345", "1234567890123456", "-1234567890123456",
         "99999999999999999999", " 12", "12 ", "\t-3\n", "1_000", "١٢٣", "12\u0660",
         "", "-", "+", "--1", "1-", "1.0", "0X1F", "1e3", "_1", "1__0", " ", "+-1"]
for s in cases:
    try:
        v = int(s)
        print(repr(s), v, type(v).__name__)
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["10", "-10", "ff", "077", "0b11"]:
    for b in (0, 2, 8, 16):
        try:
            print(repr(s), b, int(s, b))
        except ValueError as e:
            print(repr(s), b, "ValueError", e)
class S(str):
    pass
print(int(S("15")), int(S(" -4 ")))
total = 0
for i in range(-50, 50):
    total += int(str(i * 12345))
print(total)
print(int("9007199254740993"), int("-9007199254740993"))
