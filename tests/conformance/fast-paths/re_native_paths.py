# re's native loops must survive Python code run in between: a sub() function or a
# finditer consumer that searches other strings (the converted subject is shared)
import re

word = re.compile(r"(\w+)")
other = re.compile(r"[aeiou]")
def f(m):
    # other strings, same and other patterns, while the outer loop is running
    n = len(other.findall("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxaeiou" + m[1]))
    word.search("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
    return "%s:%d" % (m[1].upper(), n)
print(word.sub(f, "alpha beta gamma delta"))
out = []
for m in word.finditer("one two three four"):
    out.append(m[1])
    word.sub("-", "completely different text that is longer than the subject")
    re.findall(r"\d", "1234567890" * 3)
print(out)
# the last-converted cache: same string object, different contents
lines = ["a=1", "b=22", "a=1", "ccc=333"]
kv = re.compile(r"(?P<k>\w+)=(?P<v>\d+)")
print([(m["k"], m.lastgroup, m.lastindex) for m in map(kv.match, lines)])
# a master-pattern tokenizer with named groups
TOK = re.compile(r"(?P<NUM>\d+(?:\.\d*)?)|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>[-+*/=()])|(?P<WS>\s+)|(?P<ERR>.)")
print([(m.lastgroup, m.group()) for m in TOK.finditer("x = 3.5*(y+42) $") if m.lastgroup != "WS"])
pos, src, toks = 0, "ab 12", []
while pos < len(src):
    m = TOK.match(src, pos)
    toks.append((m.lastgroup, m.group(m.lastgroup), m.start(), m.end()))
    pos = m.end()
print(toks)
# astral subjects are not shared: pieces stay right after other searches
s = "\U0001F600a\U0001F601bb"
ms = list(re.finditer(r"\w+", s))
re.search("x", "plain ascii text")
print([(m.span(), m.group()) for m in ms])
# str templates: literal, \1, \g<name>, escapes
print(kv.sub(r"\g<v>=\g<k>", "a=1 b=2"), kv.sub(r"[\2]", "x=9"), kv.sub("lit", "q=1"), kv.sub(r"\n", "q=1") == "\n")
print(re.sub(r"\s+", " ", "a  b\t\nc"), re.split(r"\s+", " a b  c "), re.split(r"(\s)+", "a b"))
