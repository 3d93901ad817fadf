# str.split(sep) by plain index steps and str.join straight from an exact list or
# tuple, with the cases that take the general paths: str subclasses, list subclasses,
# iterators, non-str items, surrogates, maxsplit.

class S(str):
    pass

class L(list):
    def __iter__(self):
        print("  L.__iter__")
        return iter(["x", "y"])

for s, sep, mx in [("a;b;;c;", ";", -1), (";", ";", -1), ("", ";", -1), ("abc", ";", -1),
                   ("a;b;c", ";", 1), ("a;b;c", ";", 0), ("a;b;c", ";", 5), ("a--b----c", "--", -1),
                   ("aaaa", "aa", -1), ("x\U0001f600y\U0001f600", "\U0001f600", -1),
                   ("a\ude00b\ude00", "\ude00", -1), ("x\U0001f600", "\ude00", -1), ("\U0001f600x", "\ud83d", -1),
                   ("a b  c", " ", 2)]:
    print(repr(s), repr(sep), mx, s.split(sep, mx), s.split(sep) if mx == -1 else s.split(sep=sep, maxsplit=mx))
print(S("a,b").split(","), type(S("a,b").split(",")[0]).__name__)
for bad in [("",), (1,), (",", "x")]:
    try:
        "a,b".split(*bad)
    except Exception as e:
        print(type(e).__name__, e)

for items in [["a", "b", "c"], ("a", "b"), [], ["only"], ["a", S("b")], [S("x")], L(["p", "q"]),
              (x for x in "abc"), ["a", 1], ("a", None), ["\U0001f600", "\ud800"], "xyz", {"k": 1}]:
    try:
        r = "-".join(items)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(S("+").join(["a", "b"])), type(S("+").join(["a"])).__name__)
try:
    "-".join(5)
except TypeError as e:
    print(e)
