# str.split(sep) and str.replace(old, new) through JS split/replaceAll: empty parts,
# overlapping separators, astral and lone-surrogate separators, `$` in the replacement,
# counts, and the size-changing cases that keep the general path.
for s, sep in [("a;b;;c", ";"), ("", ";"), (";", ";"), ("abc", "abc"), ("aaaa", "aa"), ("x\U0001f600y\U0001f600", "\U0001f600"), ("a\ud83db", "\ud83d"), ("a b  c", " "), ("a--b--", "--")]:
    print(s.split(sep), s.split(sep, 1), s.rsplit(sep), s.replace(sep, ""), s.replace(sep, "$&"), s.replace(sep, "<>"), s.replace(sep, "$"), s.replace(sep, "", 1), s.count(sep))
try:
    "a".split("")
except ValueError as e:
    print(e)
print("0102030".replace("0", ""), "aaa".replace("a", "b"), "abc".replace("", "-"), "abc".replace("b", "b"))
print("ab" * 3, ("ab" * 1000).replace("b", "").count("a"), len(("x;" * 5000).split(";")))
