# Pattern.sub with a function: Match objects, None results, errors, re-entrancy
import re

p = re.compile(r"(\w)(\d)?")
print(p.sub(lambda m: m.group(1).upper() + (m.group(2) or "_"), "a1 b c3"))
print(p.subn(lambda m: None, "ab1 c"))
print(p.sub(lambda m: p.sub("*", m.group(0)) + p.sub(lambda n: n[0] * 2, m.group(0)), "ab"))
seen = []
def record(m):
    seen.append((m.span(), m.pos, m.endpos, m.string, m.lastindex))
    return "-"
print(p.sub(record, "x1y", count=2), seen)
class T(str):
    pass
print(repr(p.sub(lambda m: T("t"), "ab")))
for f in (lambda m: 3, lambda m: b"x", lambda m: 1 / 0):
    try:
        print(p.sub(f, "a b"))
    except Exception as e:
        print(type(e).__name__, e)
try:
    re.compile(b"a").sub(lambda m: "s", b"a")
except TypeError as e:
    print(e)
class Callable:
    def __call__(self, m):
        return "<%s>" % m[0]
print(p.sub(Callable(), "q"), p.sub(str.upper, "a") if False else "", re.sub("a", len.__class__ and (lambda m: "A"), "banana"))
# empty matches: the 3.7+ rule
print(re.sub("x*", lambda m: "-", "abxd"), re.subn("", lambda m: "|", "ab"))
print([m.span() for m in re.finditer(r"\b|x*", "ax b")])
