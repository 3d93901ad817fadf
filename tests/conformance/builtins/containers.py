print(list("ab"), tuple([1, 2]), dict(a=1, b=2), dict([("x", 1)]), set([1, 1]), frozenset())
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()), d.get("z"), d.get("z", 0))
print(d.pop("b"), d.setdefault("q", []), d)
s = {3, 1, 2}
s.add(4); s.discard(10)
print(sorted(s), sorted(s | {9}), sorted(s & {1, 2}), sorted(s - {1}), sorted(s ^ {1, 7}))
print(frozenset([1]) == {1}, {1: 2} == {1: 2}, [1, [2]] == [1, [2]])
lst = [3, 1]
lst.extend([7]); lst.insert(0, 9); lst.remove(1)
print(lst, lst.index(7), lst.count(3), lst.pop(), lst)
