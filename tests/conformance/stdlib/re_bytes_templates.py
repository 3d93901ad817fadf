# bytes replacement templates: parsed once per pattern, same results and errors
import re

p = re.compile(rb"(a)(b)?")
print(p.sub(rb"<\1\2>", b"xaby a"), p.sub(rb"<\1\2>", b"ab"), p.subn(rb"\g<1>!", bytearray(b"aa")))
print(p.sub(rb"\n\101\\", b"a"), p.sub(b"plain", b"aXa"), p.match(b"ab").expand(rb"\2\1"))
q = re.compile("(a)(b)?")
print(q.sub(r"<\1\2>", "xaby a"), q.sub(r"\g<1>!", "aa"), q.sub("\0", "a") == "\0")
for i in range(2):
    try:
        p.sub(rb"\3", b"a")
    except re.error as e:
        print(e)
for t in (bytearray(rb"[\1]"), "str", 5):
    try:
        print(p.sub(t, b"a"))
    except TypeError as e:
        print("TypeError", e)
