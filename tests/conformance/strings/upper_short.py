# str.upper on short strings: an unchanged ASCII string, lowercase ASCII, and
# non-ASCII text (special casings, a long string) all give CPython's results.
samples = ["", "1", "123", "ABC", "abc", "1a2b", "Hello, World!", "ß", "straße",
           "ﬁ", "ǅ", "µ", "ÿ", "\u0131", "i̇", "ΐ", "x" * 32, "x" * 33, "Ab" * 20,
           "\U00010428", "a\ud800b", "ok\x7f", "\x00\x01a", "tschüß", "ŉ"]
for s in samples:
    u = s.upper()
    print(ascii(s), ascii(u), len(u), u == s, u.isupper(), ascii(s.lower()))
class S(str):
    pass
t = S("abc")
print(type(t.upper()).__name__, t.upper())
s = "ABC123"
print(s.upper() == s, type(s.upper()).__name__)
for h in (0, 10, 255, 4096, 48879):
    print("%x" % h, ("%x" % h).upper(), hex(h).split("x")[1].upper())
