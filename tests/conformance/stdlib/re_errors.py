# re: re.error messages, positions, lineno/colno
import re

for p in ["*a", "a**", "(ab", "ab)", "[a-", "[z-a]", r"\q", "(?P<1>x)", r"(a)\2",
          "(?<=a+)b", "(?z)", "a(?i)", "x\n(y", "(?P<n>a)(?P<n>b)"]:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno)
for args in [("a", 1), (b"a", "a"), ("a", b"a")]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("template:", e)
print(issubclass(re.error, Exception))
re.compile("(unclosed")
