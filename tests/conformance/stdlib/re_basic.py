# re: search, match, fullmatch, findall, finditer on a small text
import re

text = "The year 1999 ended; 2000 began. Call 555-1234 or 555-9876."
print(re.search(r"\d{4}", text))
print(re.match(r"The", text), re.match(r"year", text))
print(re.fullmatch(r"[\w\s;.\-]+", text) is not None)
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
print([m.span() for m in re.finditer(r"\b\w{4}\b", text)])
p = re.compile(r"(?P<area>\d{3})-(?P<num>\d{4})")
for m in p.finditer(text):
    print(m.group("area"), m["num"], m.start(), m.end(), m.groupdict())
print(p.search(text, 45), p.search(text, 0, 40))
print(p, p.pattern, p.groups, dict(p.groupindex))
