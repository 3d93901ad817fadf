s = "a\u2003b\u00a0c\td\u3000e\x1cf"
print(s.split(), len(s.split()))
print("\u2028x\u2029".splitlines(), "a\x0bb\x0cc\x1ed\x85e".splitlines())
print(repr("\u00a0 x \u2003".strip()), "x".center(5, "é"), "ab".zfill(5), "-12".zfill(6), "+7".zfill(4))
print("tab\tsep\tx".expandtabs(4), "a\tbc\td".expandtabs())
