# alternatives that must start with a given character are skipped without trying them:
# results must not change for ignorecase, sets, lookarounds, groups and empty branches
import re

cases = [
    (r"(?P<n>\d+)|(?P<w>[a-z]+)|(?P<o>[-+])|(?P<s>\s+)|(?P<e>.)", "ab 12+-x!"),
    (r"(?i)abc|ABD|x", "xAbDabc"),
    (r"(?<=a)b|c|", "abcd"),
    (r"(?=b)b|(?!a)c|a", "abca"),
    (r"\bfoo|bar\b|baz", "foo bar baz foobar"),
    (r"(a)|b|(c)|", "abcz"),
    (r"(?:ab|ac|ad)+", "abacadx"),
    (r"[^a]x|ax", "axbx"),
    (r"(?a:\w)é|é", "éxé"),
    (r"(?u)[\u00e9-\u00ea]a|\u00c9", "éaÉ"),
    (r"(?i)ß|k", "ßKkK"),
]
for pat, s in cases:
    p = re.compile(pat)
    print(pat, [(m.span(), m.lastindex, m.lastgroup) for m in p.finditer(s)], p.sub("|", s), p.split(s))
print(re.fullmatch(r"a|ab|abc", "abc"), re.match(r"(?:x|y)*z", "xyxyz"))
print(re.findall(rb"\x00|\xff|a", b"\x00a\xffb"))
