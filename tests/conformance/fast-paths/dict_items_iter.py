# dict.items() iteration: tuples of the stored key objects and values
d = {1: "a", True: "b", 2.0: "c", None: "d", "s": "e", (1, 2): "f", 3: "g"}
for k, v in d.items():
    print(repr(k), type(k).__name__, v)
print(list(d.items()))
print(list(d.keys()), list(d.values()))
it = iter(d.items())
t1 = next(it)
t2 = next(it)
print(t1, t2, t1 is t2, type(t1).__name__, len(t1))
pairs = list({i: i * i for i in range(5)}.items())
pairs[0] = "x"
print(pairs)
# each item is its own tuple: keeping them works
keep = [p for p in {"a": 1, "b": 2}.items()]
print(keep, keep[0][0], keep[1][1])
d2 = {1: 2}
try:
    for k, v in d2.items():
        d2[k + 1] = v
except RuntimeError as e:
    print("RuntimeError", e)
class K:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, K)
    def __repr__(self):
        return "K()"
d3 = {K(): 1, 1: 2}
print(list(d3.items()))
s = 0
for k, v in {i: i for i in range(1000)}.items():
    s += k * v
print(s)
