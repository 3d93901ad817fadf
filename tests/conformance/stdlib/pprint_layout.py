# pprint: layout of nested containers, long strings and bytes, options, recursion
import pprint
import collections

data = {"name": "pycell", "tags": ["python", "typescript", "closures", "cells"], "nested": {"a": [1, 2, 3] * 8, "b": (4, 5), "c": {"x": None}},
        "text": "The quick brown fox jumps over the lazy dog. " * 4, "blob": bytes(range(60)), 3: 4.5, "one": (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=3)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, sort_dicts=False)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([[1, 2, [3, 4, [5, 6]]]] * 3, width=15)
pprint.pprint({"k": 10 ** 12, "m": -1234567}, underscore_numbers=True)
print(pprint.pformat("short"), pprint.pformat("a long line that needs to be split into several literals here", width=20))
print(pprint.pformat(["a long line that needs to be split into several literals here\nand a second line"], width=25))
pprint.pp({"b": 1, "a": 2})
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(pprint.pformat(l).replace(str(id(l)), "ID"))
print(pprint.pformat(d).replace(str(id(d)), "ID"))
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, "a"]), pprint.isreadable(object()), pprint.saferepr(l).startswith("[1, 2, <Recursion on list with id="))
p = pprint.PrettyPrinter(width=30)
print(p.pformat(data["nested"]), p.isreadable(data), p.isrecursive(data))
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
od = collections.OrderedDict((str(i) * 5, i) for i in range(12))
pprint.pprint(od)
dd = collections.defaultdict(list, {"k" + str(i): [i] * 5 for i in range(6)})
pprint.pprint(dd, width=30)
pprint.pprint(collections.Counter("abracadabra" * 5), width=20)
pprint.pprint(collections.deque(range(30)), width=40)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(({"x": (1,)},), width=5)
pprint.pprint([(), [], {}, set(), frozenset(), "", b""], width=5)
