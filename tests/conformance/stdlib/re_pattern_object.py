# re.Pattern: methods with keywords, argument errors, subjects of every kind
import re, copy

p = re.compile(r"(\d+)")
print(type(p).__name__, type(p) is re.Pattern, re.Pattern[str])
print(p, re.compile(b"x", re.I), re.compile("x", re.I | re.M | re.S), re.compile("(?x) a"))
print(p.pattern, p.flags, p.groups, p.groupindex, re.compile("(?P<a>.)").groupindex)
print(p == re.compile(r"(\d+)"), p != re.compile(r"(\d+)", re.I), hash(p) == hash(re.compile(r"(\d+)")))
print(p == r"(\d+)", copy.copy(p) is p, copy.deepcopy(p) is p)
print(p.match(string="12ab"), p.search("ab12", pos=1, endpos=3), p.fullmatch("123", 0, 2))
print(p.findall("1 22 333", 2), p.findall(string="1 22", endpos=1))
print(p.split("a1b22c", maxsplit=1), p.split(string="a1b"), p.split("a1b2", -1))
print(p.sub(repl="#", string="a1b22", count=1), p.subn("<\\1>", "a1b22"))
print(p.sub("x", "a1b1", -1), p.subn("x", "a1", count=-3))
print([m.span() for m in p.finditer("1a22b333", 1, 7)])
for call in (lambda: p.match(), lambda: p.match("a", 1, 2, 3), lambda: p.match("a", foo=1),
             lambda: p.match("a", string="b"), lambda: p.search("a", "1"),
             lambda: p.sub("a"), lambda: p.subn(), lambda: p.split("a", maxsplit="x"),
             lambda: p.findall(3), lambda: p.match(b"1"), lambda: re.compile(b"1").match("1"),
             lambda: p.sub(3, "a1"), lambda: re.Pattern(), lambda: p.scanner()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
class S(str):
    pass
print(type(p.sub("x", S("ab"))), type(p.sub("x", S("a1"))), p.match(S("12")).string.__class__.__name__)
print(type(p.match(S("12")).group(1)), p.split(S("a1b")), type(p.split(S("ab"), -1)[0]))
bp = re.compile(rb"(\d)")
ba = bytearray(b"a1b2")
print(bp.findall(ba), bp.sub(b"#", ba), type(bp.sub(b"#", bytearray(b"zz"))), bp.search(memoryview(b"x9")).group(1))
print(bp.split(ba), bp.sub(lambda m: bytearray(b"<>"), b"1"), bp.sub(lambda m: memoryview(b"m"), b"1"))
m = bp.search(ba)
ba[:] = b"xyz"
print(m.group(), m.span())
