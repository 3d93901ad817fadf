# module-level functions: compiled patterns are cached per (pattern, flags)
import re

print(re.compile("a+") is re.compile("a+"), re.compile("a+", re.I) is re.compile("a+", 2))
print(re.compile("a+") is not re.compile("a+", re.I), re.compile(b"a+") is re.compile(b"a+"))
print(re.compile(b"a+") is not re.compile("a+"))
print(re.match("A", "a", re.I), re.search(b"b", b"abc", flags=0), re.fullmatch("a.", "ab", re.S))
print(re.findall(r"\d", "a1b2"), re.split(",", "a,b", 1), re.sub("a", "b", "aa", 1, re.I))
print(re.subn(pattern="a", repl="b", string="aA", flags=re.I))
p = re.compile("z")
print(re.compile(p) is p, re.match(p, "z"))
for call in (lambda: re.compile(p, re.I), lambda: re.match(3, "x"), lambda: re.match("x", "x", "bad"),
             lambda: re.compile("(", 0), lambda: re.compile("a", re.L), lambda: re.compile(b"a", re.U)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
re.purge()
print(re.compile("a+") is re.compile("a+"))
print(re.escape("a.b*c"), re.escape(b"x+y"), re.template if False else "")
