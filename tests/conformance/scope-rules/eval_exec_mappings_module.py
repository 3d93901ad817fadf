# eval/exec with explicit globals and any mapping as locals.
# Context: module level (the same rule at module, class and function level).
class Loud(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2 if k == "x" else dict.__getitem__(self, k)
g = {"y": 5}
print(eval("x + y", g, Loud(x=1)))
ns = {}
exec("a = 1\nb = a + 1", g, ns)
print(sorted(ns.items()), "a" in g)
print(eval(compile("y * 3", "<s>", "eval"), g))
