# Runs many regex cases and prints one line per case; tests/stdlib/re.test.ts runs this
# file under python3 and under pycell and compares the lines.
import re

PATTERNS = [
    r"a", r"abc", r"a*", r"a+", r"a?", r"a*?", r"a+?", r"a??", r"a{2}", r"a{2,}", r"a{,2}",
    r"a{1,3}", r"a{1,3}?", r"a*+", r"a++", r"a?+", r"a{1,2}+", r"(?>a+)a", r"a++a",
    r".", r".*", r".+?x", r"(?s).", r"^a", r"a$", r"(?m)^a", r"(?m)a$", r"\Aa", r"a\Z",
    r"\ba", r"a\b", r"\Ba", r"\w+", r"\W+", r"\d+", r"\D+", r"\s+", r"\S+", r"[abc]+",
    r"[^abc]+", r"[a-z]+", r"[A-Z0-9_]+", r"[\w.-]+", r"[\d\s]+", r"[^\W\d]+", r"[-a]",
    r"[a-]", r"[]a]", r"[^]a]", r"[\]]", r"[\\]", r"(a)(b)?", r"(a|ab)(c|bcd)(d*)",
    r"(?:(a)|b)*", r"(a*)*", r"(a*)+", r"(a|b)*?c", r"(?P<x>a)(?P=x)", r"(a)\1",
    r"(?i)(a)\1", r"(a)?(?(1)b|c)", r"(?P<n>a)?(?(n)b|c)", r"(?=a)a", r"(?!a)\w",
    r"(?<=a)b", r"(?<!a)b", r"(?<=ab|cd)x", r"(?<=(a))b", r"x(?=(y))", r"(?i)abc",
    r"(?i)[a-z]+", r"(?i)[^a-z]+", r"(?i:a)b", r"a(?i:b)c", r"(?x) a b # c", r"(?x)[ ]a",
    r"(?a)\w+", r"(?u)\w+", r"(?ai)k", r"\x41", r"\u00e9", r"\U0001F600", r"\101", r"\0",
    r"\N{LATIN SMALL LETTER A}", r"\t\n", r"a|b|c", r"|a", r"a|", r"()", r"(|a)+",
    r"(a+)+b", r"((a)|b)+", r"(a)|(b)", r"(?:a|(b))+", r"((a)b)", r"(a)(?:b(c))?",
    r"\bfoo\b", r"\Bo\B", r"(?m)$", r"$", r"^", r"(?m)^", r"\Z", r"x*", r"(?s).*",
    r"[\u0100-\u017f]+", r"(?i)ǅ", r"(?i)ß", r"(?i)ſ", r"(?i)\u212a", r"(?i)i", r"(?i)[k]",
    r"(\w)(\w)?(\w)?", r"(?P<a>x)|(?P<b>y)", r"(a)(?=b)|(c)", r"(?:ab)*c", r"(?:ab)*?c",
    r"(?:a|b)*+b", r"(?>a|ab)c", r"(a{2})*", r"(a{0,1}){3}", r"(ab|a)*?b", r"a{0}",
    r"(?:x*)*y", r"(x?)*y", r"(?:(?:a*)*)*b", r"a.b", r"(?s)a.b", r".a", r"a..", r"(.)(.)",
    r"a.*b", r"a.*?b", r"(?m)^.$", r"\w.\w", r"(?i)a.B",
]
SUBJECTS = [
    "", "a", "aa", "aaa", "ab", "abc", "abcd", "ba", "b", "c", "x", "xy", "aab", "cx",
    "abx", "cdx", "foo bar", "a b", "hello world", "A1_b", "  a\n", "a\nb\na", "a\n",
    "AbC", "ABC", "k", "K", "\u212a", "ß", "SS", "ǅ", "ǆ", "Ǆ", "ſ", "s", "S", "i", "I",
    "\u0130", "\u0131", "é", "É", "😀", "a😀b", "x😀😀y", "12 34", "٣٤", "²", "a.b-c",
    "]a", "\\", "aaab", "abab", "ababc", "acab", "xyz", "aaa\nbbb\n", "\t\n", "yx",
    "foobar foo", "bob", "-ab-",
]


def show(m):
    if m is None:
        return "None"
    return "%r %r %r %r %r" % (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


def attempt(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


for p in PATTERNS:
    try:
        c = re.compile(p)
    except Exception as e:
        print("compile", repr(p), type(e).__name__, e)
        continue
    print("compile", repr(p), c.groups, c.flags, sorted(c.groupindex.items()))
    for s in SUBJECTS:
        print(repr(p), repr(s),
              show(c.match(s)), show(c.search(s)), show(c.fullmatch(s)),
              attempt(lambda: c.findall(s)),
              attempt(lambda: [m.span() for m in c.finditer(s)]),
              attempt(lambda: c.split(s)),
              attempt(lambda: c.sub("<\\g<0>>", s)),
              attempt(lambda: c.subn(lambda m: "[" + m.group() + "]", s, 2)))
    for s in SUBJECTS[:20]:
        for pos in (1, 2):
            print(repr(p), repr(s), pos, show(c.search(s, pos)), show(c.match(s, pos, pos + 1)))

BYTES = [rb"a+", rb"\w+", rb"(?i)k", rb"[^a]", rb"(a)(b)?", rb"\s", rb"(?L)\w", rb"\xe9", rb"(?i)\xe9"]
BSUBJ = [b"", b"aab", b"K\xe9\xc9 x", b"ab", b"\x1c\x0b"]
for p in BYTES:
    c = re.compile(p)
    for s in BSUBJ:
        print(repr(p), repr(s), show(c.search(s)), c.findall(s), c.sub(b"-", s), c.split(s))

BAD = [
    "*", "a**", "a{2}{3}", "(", "(a", ")", "a)", "[a", "[z-a]", "\\q", "\\", "(?P<", "(?P<a",
    "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(a\\1)", "\\2", "(?<x", "(?", "(?z)", "(?i",
    "(?-i)", "(?L)", "(?au)", "a(?i)", "(?<=a*)", "a{3,2}", "a{99999999999}",
    "(?(1)a|b|c)", "(?(1a)b)", "(?(2)a)", "(?P", "(?Px)", "(?#abc", "[\\d-z]", "(?i-i:a)",
    "(?-:a)", "(?x", "\\8", "\\x1", "\\u12", "\\U1234", "[\\q]", "(?P<a>)(?P=a",
    "(?P=)", "(?P=1)", "(?P>a)", "(?(a)b)", "(?(-1)b)", "\\777", "(?<=(a)\\1)", "(?<=a|bc)",
    "(?-a:x)", "(?+)", "x{1}++", "x*+?", "(?>", "a|*", "^*", "$+", "\\b*", "\\A*", "[]",
    "[^]", "[a-\\d]", "[\\w-a]", "ab\n(c", "\n\n)", "(?(0)a)", "(?(1)a", "(?(", "[\\x41-\\x40]",
    "\\N{foo}", "\\N", "\\N{", "(?iz)", "(?-z:x)", "(?i-:x)", "\\U00110000", "[\\A]",
    "(?#a)*", "(?i)|(?m)", " (?i)", "(?:(?i))", "x{4294967295}", "(a*)(?<=\\1)",
]
for p in BAD:
    try:
        re.compile(p)
        print("bad", repr(p), "OK")
    except re.error as e:
        print("bad", repr(p), repr(e.msg), e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        print("bad", repr(p), type(e).__name__, e)

TEMPLATES = [r"\x41", r"\q", r"\&", r"\0", r"\08", r"\101", r"\400", r"\1", r"\g<1>", r"\g<x",
             r"\g", r"\g<>", r"\g<1a>", r"\g<-1>", r"\g<0>", r"\n\t\a\b\f\r\v", r"\u0041",
             "\\\\", "\\", r"\10", r"\g<y>", r"\g<3>", r"\g<z>", r"[\2]"]
for t in TEMPLATES:
    print("tmpl", repr(t), attempt(lambda: re.sub("(a)(?P<y>b)?", t, "xaaby")))

print([re.escape(chr(i)) for i in range(128)])
print(re.escape(bytes(range(128))))
print(repr(re.I), repr(re.I | re.M), repr(re.A | re.I), repr(~re.I), repr(re.NOFLAG), str(re.S))
print(repr(re.compile("a", re.I | re.A)), repr(re.compile(b"a", re.I)), repr(re.compile("a" * 300)))
print(repr(re.compile("a", re.U)), repr(re.compile("(?i)a")), repr(re.compile("a", re.X | re.S | re.M)))
m = re.match(r"(?P<a>x)(y)?", "xz")
print(repr(m), m.regs, m.group(0, 1, 2, "a"), m.groups("-"), m.groupdict("-"), m.start(2), m.end("a"))
print(m.expand(r"[\1|\g<a>|\2]"), m.re.pattern, m.string, m.pos, m.endpos, bool(m))
for bad in (3, "b", -1, 1.5):
    print(attempt(lambda: m.group(bad)))
print(attempt(lambda: re.match("a", 1)), attempt(lambda: re.match("a", b"a")), attempt(lambda: re.match(b"a", "a")))
print(attempt(lambda: re.compile("a", re.L)), attempt(lambda: re.compile(b"a", re.U)), attempt(lambda: re.compile(re.compile("a"), re.I)))
print(re.split(r"(,)", "a,b,c", maxsplit=1), re.split(",", "a,b", -1), re.sub("a", "b", "aaa", count=2), re.subn("a", "b", "aaa"))
print(re.compile("x") == re.compile("x"), re.compile("x", re.I) == re.compile("x"), re.compile("a").search("ba", endpos=1))
s = re.compile(r"\d").scanner("a1b22")
print(s.search(), s.search(), s.search(), s.search())
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s, t: t.upper())])
print(sc.scan("12 ab 3 c!"))
