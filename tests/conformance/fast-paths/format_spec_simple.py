# format() with the simple specs that have a pre-parsed plan (fill, align, sign, the
# '0' flag, width, precision, types '', 'd', 'f', 's') against every kind of value,
# including the ones the plan leaves to the full parser, and the errors.

class MyInt(int):
    pass

class MyStr(str):
    pass

def show(v, spec):
    try:
        r = format(v, spec)
        r2 = f"{v:{spec}}"
        r3 = ("{:" + spec + "}").format(v)
        assert r == r2 == r3, (r, r2, r3)
        print(spec.ljust(8), repr(r))
    except Exception as e:
        print(spec.ljust(8), type(e).__name__, e)

specs = ["5", "05", "<5", ">5", "^6", "=7", "x<6", "*>6", "0>6", "-^7", "+", "-", " ", "+05", " 6",
         "+=8", "x=8", "0=8", "3", "06", "d", "5d", "05d", "+d", ".2", ".3f", "f", "08.2f", "+.1f",
         " .0f", "x^11.3f", "s", "10s", ">3s", ".2s", "=5s", "+s", "e", "07.2e", ",", "_d", "#o", "z.1f",
         "0000005", "00000012", "09.99f", ".100f"]
values = [0, 7, -7, 123456, -123456, 2**63, -(2**70), True, False, MyInt(-12),
          0.0, -0.0, 3.14159, -2.675, 1e300, 1e-7, float("nan"), float("-inf"), 12.5,
          "", "ab", "héllo", "\U0001f600x", MyStr("sub"), None]
for v in values:
    print("value", repr(v))
    for s in specs:
        show(v, s)
