# pprint: layouts of the container types, compact packing, depth, recursion,
# long strings and bytes, dataclasses, namespaces, collections and indent > 1
import pprint, types, collections, dataclasses

data = {"key%d" % i: list(range(i, i + 6)) for i in range(6)}
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint((1, [2, (3, {4: 5})]), depth=2)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pprint.pp({"b": 1, "a": 2})
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint(("a single very long string value that will not fit in the width " * 2,), width=40)
print(pprint.pformat("word " * 30, width=30))
print(pprint.pformat(bytes(range(40)), width=30))
print(pprint.pformat(bytearray(range(30)), width=30))
print(pprint.pformat(set(range(30)), width=30), pprint.pformat(frozenset(range(3))))
print(pprint.pformat(types.MappingProxyType(data), width=50))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(12)), beta="x" * 30), width=40))

@dataclasses.dataclass
class Point:
    x: list
    y: str = dataclasses.field(default="", repr=False)
    z: int = 0

print(pprint.pformat(Point(list(range(25))), width=40))
print(pprint.pformat(collections.OrderedDict(data), width=50))
dd = collections.defaultdict(list, data)
print(pprint.pformat(dd, width=50))
print(pprint.pformat(collections.Counter("abracadabra" * 3), width=30))
print(pprint.pformat(collections.ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40))
print(pprint.pformat(collections.deque(range(20), maxlen=30), width=30))
print(pprint.pformat(collections.UserList(range(30)), width=40))
loop = [1, 2]
loop.append(loop)
print(pprint.saferepr(loop).split(" with id=")[0], pprint.isrecursive(loop), pprint.isreadable(loop))
print(pprint.isreadable([1, "a", (2.5,)]), pprint.isreadable(object()))
box = {"self": None}
box["self"] = box
print(pprint.pformat(box).split(" with id=")[0])
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
print(pprint.pformat([3, "x", 1.5, None, 2], width=5))
print(pprint.pformat({1: "a", "b": 2, None: 3}, width=10))
