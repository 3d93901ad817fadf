# finditer is lazy (callable_iterator); Pattern.scanner keeps its starting pos
import re

p = re.compile(r"\d")
it = p.finditer("1a2b3")
print(type(it).__name__, iter(it) is it, next(it).span())
print([m.group() for m in it], list(it))
s = p.scanner("x1y2z3", 2)
print(type(s).__name__, s.pattern is p)
m = s.search()
print(m, m.pos, m.endpos)
print(s.match(), s.search(), s.search(), s.search(), s.search())
s2 = re.compile(r"a|").scanner("aab")
print([(x.span() if x else None) for x in [s2.match(), s2.match(), s2.match(), s2.match(), s2.match()]])
# iterating after the pattern was used elsewhere in between
q = re.compile(r"(\w+)")
it = q.finditer("one two three")
first = next(it)
q.search("zzz"); re.search(r"\w", "other text")
print(first.group(1), [m.group(1) for m in it])
# the scanner API used by re.Scanner
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s, t: t.upper())])
print(sc.scan("12 ab 3 !"))
