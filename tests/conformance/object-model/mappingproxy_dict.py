# a class's __dict__ is a read-only mappingproxy (types.MappingProxyType)
import types


class C:
    x = 1
    def m(self): pass

d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(repr(d).startswith("mappingproxy({"), d["x"], "m" in d, len(d) == len(dict(d)))
print(sorted(k for k in d if not k.startswith("__")), d.get("nope", 5))
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    C.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
p = types.MappingProxyType({"a": 1})
print(p, p | {"b": 2}, p == {"a": 1}, list(p.items()), p.copy())
for bad in ([], 1):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(type(int.__dict__).__name__, int.__dict__["__add__"].__name__)
