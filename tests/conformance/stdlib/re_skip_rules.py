# repeats skip the lengths the next character rules out; searches skip start positions
# no alternative can begin at: the matches must be the same as trying everything
import re

cases = [
    (r".*(\d+)", ["abc123def45x", "no digits", "9", ""]),
    (r"(\w+)=(\d+)", ["a=1 bb=22 c= =3", "x==1", "=1"]),
    (r"(.*)([A-Z])(x?)", ["abcDefGhi", "nocaps", "Ax"]),
    (r"(?i)(.+)(k)", ["aKbkc\u212a", "kk"]),
    (r"a.*?a", ["abcadeaaf", "aaa", "a", "bab"]),
    (r"a(.*?)(b)", ["axxbyyb", "ab", "a\nb"]),
    (r"<.+?>", ["<a><bb>", "<>", "<<>>"]),
    (r"x.{2,5}?y", ["x12y x123456y xy x1y"]),
    (r"(?s)a.*?(?=b)", ["aaab", "acb\nb"]),
    (r"(?:alpha|beta|gamma)s?", ["betas alpha gammagamma delta"]),
    (r"(?i)gamma|delta|\u00df", ["GAMMA Delta SS \u1e9e"]),
    (r"(?:\d+|[a-z]+)-", ["ab-12-x- -"]),
    (r"\b(?:foo|bar)\b", ["foobar foo bar"]),
    (r"(?:a|b)+c|b", ["ababd abc b"]),
    (r"[\w.]+@[\w.]+", ["mail bob.x@ex.com and @x a@"]),
    (r"(\w+)\s\1\b", ["say the the end", "abc bc", "x yy y"]),
    (r"\w+(?<=c)d", ["abcd abd cd"]),
    (r"\d+(?=x)", ["123 456x 78x"]),
    (r"(?P<a>\w+)?(?(a)x|y)", ["aaay bbx y"]),
    (r"[ab]+?b", ["aaab ab b"]),
    (r"(?m)\w+$", ["one two\nthree four\n"]),
    (r"\w+\b!", ["abc! ab c!"]),
    (r"(?:\w)+=", ["abc abc= "]),
    (r"\w{2,}=", ["a= abc= "]),
]
for pat, subjects in cases:
    p = re.compile(pat)
    for s in subjects:
        print(pat, repr(s), [(m.span(), m.groups()) for m in p.finditer(s)], p.fullmatch(s) is not None)
