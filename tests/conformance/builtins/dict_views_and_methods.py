d = {"a": 1, "b": 2}
keys = d.keys()
d["c"] = 3
print(keys, len(keys), "c" in keys, list(d.items()))
print(d.keys() & {"a", "z"}, sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}))
d.update(b=20, d=4)
print(d, d.popitem(), d)
print(dict.fromkeys("xy", 0), {**d, "a": 0}, d | {"e": 5})
print(list(reversed(d)), d.copy() == d, d.copy() is d)
try:
    d["missing"]
except KeyError as e:
    print(repr(e))
