# re: group semantics: optional groups, repeats, lastindex, backreferences, conditionals
import re

m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.lastindex, m.regs)
print(re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(\w+) \1", "hey hey you").group())
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'quoted' rest").group())
for s in ["<a>", "a", "<a"]:
    print(s, re.fullmatch(r"(<)?\w+(?(1)>|)", s) is not None)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.lastgroup, m.group(0, 1, "last"), m.span("first"))
print(re.match(r"((a)b)", "ab").lastindex)
try:
    m.group(3)
except IndexError as e:
    print("IndexError:", e)
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab"))
