# startswith/endswith without bounds, with bounds, tuples, surrogates
s = "w123 hello"
print(s.startswith("w1"), s.startswith(""), s.startswith(s), s.startswith(s + "x"))
print(s.endswith("llo"), s.endswith(""), s.endswith(s), s.endswith("x" + s))
print("".startswith(""), "".endswith(""), "".startswith("a"), "".endswith("a"))
print(s.startswith(("x", "w")), s.endswith(("x", "lo")), s.startswith(()))
print(s.startswith("1", 1), s.endswith("hell", 0, -1), s.startswith("w", None, None))
e = "\U0001f600"
print(e.startswith("\ud83d"), e.endswith("\ude00"), e.startswith(e), e.endswith(e))
print(("a" + e).endswith("\ude00"), (e + "b").startswith("\ud83d"))
print("a\ud83d".endswith("\ud83d"), "\ude00a".startswith("\ude00"))
print("x\U0001f600y".startswith("x\ud83d"), "x\U0001f600y".endswith("\ude00y"))
print("\U0001f600\U0001f601".startswith(e), "\U0001f600\U0001f601".endswith("\U0001f601"))
class T(str):
    pass
print(s.startswith(T("w1")), T(s).endswith("lo"))
for bad in (1, None, ["w"], ("w", 1)):
    try:
        print(s.startswith(bad))
    except TypeError as ex:
        print("TypeError", ex)
try:
    s.endswith(("x", 2))
except TypeError as ex:
    print("TypeError", ex)
print(s.endswith(("lo", 2)))
