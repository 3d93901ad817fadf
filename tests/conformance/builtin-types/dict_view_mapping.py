# dict_keys/values/items.mapping: a read-only mappingproxy of the dict
d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m["a"], len(m), m == d)
m = d.keys().mapping
d["c"] = 3
print(m["c"], list(m))
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d.keys().mapping = {}
except AttributeError as e:
    print("AttributeError")
