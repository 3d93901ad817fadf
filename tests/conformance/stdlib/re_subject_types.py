# re accepts str subclasses (pattern and subject) and any bytes-like subject;
# groups of a bytearray/memoryview subject are bytes.
import re


class S(str):
    pass

print(re.findall("a", S("banana")), re.sub("a", "o", S("banana")))
print(re.compile(S("a+")).findall("baaa"), re.compile(S("abc")).match("xyz"))
m = re.search("n", S("banana"))
print(type(m.string).__name__, m.span(), type(m.group()).__name__)
print(re.findall(b"a", memoryview(b"banana")), re.split(b"n", memoryview(b"banana")))
m = re.match(b"b(a)", bytearray(b"bad"))
print(m.group(1), m.group(), m[1], m.groups())
m = re.match(b"b(a)", memoryview(b"bad"))
print(m.group(1), m.group(0))
