# 0x… is normalised away in the comparison, so hex() is shown without its prefix.
for v in [0, 255, -255, 2 ** 70, 8]:
    h = hex(v)
    print(h.startswith("0x") or h.startswith("-0x"), h.replace("0x", "~"), oct(v), bin(v))
print(int(hex(2 ** 70), 16) == 2 ** 70, format(255, "x"), format(255, "#o"), format(5, "08b"))
