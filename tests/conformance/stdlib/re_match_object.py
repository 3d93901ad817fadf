# re.Match: type, attributes, group access by number and name, and the errors
import re, copy

p = re.compile(r"(?P<key>\w+)=(?P<val>\d+)?(x)?")
m = p.search("  alpha=42 beta=")
print(type(m).__name__, type(m).__module__, type(m).__qualname__, type(m) is re.Match)
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(3))
print(m.group(1, "val", 3, 0))
print(m[0], m["key"], m[2], m[True])
print(m.groups(), m.groups("-"), m.groups(default=0))
print(m.groupdict(), m.groupdict("?"), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(2), m.end("val"), m.span(3))
print(m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re is p, m.string)
print(m.expand(r"[\2/\g<key>/\g<0>/\3]"), m.expand(r"\n\t") == "\n\t")
print(bool(m), copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Match[str], re.Match[bytes].__origin__ is re.Match)
print(m.group.__qualname__, m.span.__name__)
for bad in (5, -1, "nokey", 1.5, None, 2**80, -2**80):
    try:
        m.group(bad)
    except Exception as e:
        print("group", repr(bad)[:12], type(e).__name__, e)
for call in (lambda: m[[1]], lambda: m[1:2], lambda: m.start(1, 2), lambda: m.start(group=1),
             lambda: m.groups(1, 2), lambda: m.groupdict(x=1), lambda: m.expand(),
             lambda: m.span("zz"), lambda: m.end(9), lambda: re.Match(),
             lambda: m.expand(r"\9"), lambda: m.expand(r"\g<nope>")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.pos = 3
except AttributeError as e:
    print("AttributeError")
# lastgroup of an unnamed last group, lastindex of an outer group
m2 = re.match(r"(a)(?P<n>b)(c)", "abc")
print(m2.lastindex, m2.lastgroup)
m3 = re.match(r"(?P<outer>a(b))", "ab")
print(m3.lastindex, m3.lastgroup, re.match("a", "a").lastindex)
# astral characters: spans in code points
m4 = re.search(r"(\w)(.)", "\U0001F600\U0001F601xy")
print(m4.span(), ascii(m4.group(0)), m4.span(2))
m5 = re.search(".(.)", "\U0001F600\U0001F601")
print(m5.span(1), ascii(m5[1]), ascii(repr(m5)))
