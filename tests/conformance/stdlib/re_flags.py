# re: flags, inline flags, IGNORECASE with Unicode, MULTILINE, DOTALL, VERBOSE, ASCII
import re

print(re.I, re.I | re.M, re.compile("a", re.I | re.S))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"a.b", "a\nb axb", re.S), re.findall(r"a.b", "a\nb axb"))
print(re.match(r"(?i)straSSe", "STRASSE"), re.match("(?i)k", "\u212a"))
print(re.findall(r"\w+", "naïve café 42"), re.findall(r"(?a)\w+", "naïve café 42"))
pat = re.compile(r"""
    (\d+)    # digits
    \s*      # spaces
    ([a-z]+) # unit
""", re.X)
print(pat.findall("10 km, 20kg"))
print(re.search(r"(?i:HELLO) world", "hello world"), re.search(r"(?i:HELLO) world", "hello WORLD"))
print(re.compile(r"\d").flags, re.compile(rb"\d").flags, re.compile(r"(?a)\d").flags)
print(int(re.I | re.M), re.I == 2, re.M & 8)
