# searches that jump to a leading literal (one character or a prefix string) must
# respect pos/endpos, astral subjects, bytes and ignorecase exactly
import re

s = "xxINFOyy INF INFO_end INFO"
p = re.compile("INFO")
print([m.span() for m in p.finditer(s)], p.search(s, 3), p.search(s, 2, 5), p.search(s, 2, 6))
print(p.search(s, 23, 25), p.search(s, 22), p.findall(s, 0, 20), p.split(s), p.sub("#", s))
q = re.compile("INF(O)?")
print([m.span() for m in q.finditer(s)], q.search(s, 9, 12), q.search(s, 9, 11))
a = "\U0001F600INFO\U0001F600INFO"
print([m.span() for m in p.finditer(a)], p.search(a, 2), p.search(a, 1, 4), p.search(a, 1, 5))
print(re.findall(b"INFO", b"INFOxINFO"), re.compile(b"NF").search(b"INFO", 2))
print(re.findall("(?i)info", s), re.findall("aa", "aaaaa"), re.compile("ab").search("aab", 0, 2))
print(re.search("é€", "xé€y").span(), re.search("\uffff\uffee", "a\uffff\uffee").span())
print(re.compile("x").search("abc", 5), re.compile("ab").search("ab", 1), re.compile("b").search("ab", 1, 1))
print([m.span() for m in re.compile("a").finditer("banana", 2, 5)], re.search("\\bab", "cab ab").span())
