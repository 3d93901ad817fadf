# strs compare by code point: U+E000..U+FFFF sort before astral characters (JS's
# UTF-16 order puts them after); `in` never finds half of a surrogate pair.
a, b = "\uffff", "\U00010000"
print(a < b, a > b, max(a, b) == b, min(a, b) == a, sorted([b, a]) == [a, b])
print("x\ue000" < "x\U0001f600", "\ud83d" in "\U0001f600", "\U0001f600" in "a\U0001f600b")
print("\ude00" in "\U0001f600", "\ud83d" in "\ud83d", "" in "\U0001f600")
print(sorted(["\U0001f600", "\uff01", "a", "\ud7ff"]) == ["a", "\ud7ff", "\uff01", "\U0001f600"])
