# re: sub/subn with templates and functions, split with groups and maxsplit
import re

print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world and more words"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1, b=2"))
print(re.subn(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"a", "b", "aaaa", count=2))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\b", "two words"))
print(re.split("x*", "axbc"))
print(re.match(r"(\d+)\.(\d+)", "3.14").expand(r"int=\1 frac=\2"))
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip())
print(re.sub(rb"[aeiou]", b"_", b"bytes are fine"))
