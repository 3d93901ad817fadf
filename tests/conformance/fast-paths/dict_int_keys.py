# dict and set with int and str keys through the Map fast paths: the first key object
# is kept (True/1/1.0), user objects equal to an int or str key, setdefault, del d[k]
# on dicts and dict subclasses, and KeyError messages.

class Eq1:
    """Equal to 1 and hashing like it: must find (and replace the value of) key 1."""
    def __hash__(self):
        return hash(1)
    def __eq__(self, other):
        return other == 1
    def __repr__(self):
        return "Eq1()"

class EqS:
    def __hash__(self):
        return hash("s")
    def __eq__(self, other):
        return other == "s"
    def __repr__(self):
        return "EqS()"

d = {True: "t"}
d[1] = "one"
d[1.0] = "float"
print(d, d.get(1), d.get(True), 1 in d, 2 in d)
d = {1.0: "f"}
d[1] = "i"
print(d, d.setdefault(1, "x"), d.setdefault(2, "y"), d)
del d[True]
print(d)
d = {}
for i in range(-5, 5):
    d[i] = i * i
    d.setdefault(i * 10, "s")
print(d)
d[2**70] = "big"
d[-0] = "zero"
print(d[0], d[2**70], len(d))
for k in [3, -5, 0, 2**70, 99, "x", 1.5]:
    try:
        del d[k]
        print("deleted", k)
    except KeyError as e:
        print("KeyError", repr(e))
print(d)

m = {Eq1(): "obj"}
m[1] = "int"
m[True] = "bool"
print(m, m.get(1), 1 in m, m.setdefault(1, "z"))
m2 = {1: "int"}
m2[Eq1()] = "obj"
print(m2, len(m2))
s = {EqS(): 1}
s["s"] = 2
print(s, "s" in s, s.get("s"))
del s["s"]
print(s)

class Sub(dict):
    def __delitem__(self, k):
        print("Sub.__delitem__", k)
        super().__delitem__(k)
    def __missing__(self, k):
        return "missing " + repr(k)
sd = Sub(a=1, b=2)
del sd["a"]
print(sd, sd["zz"], sd.setdefault(5, 6), sd)
try:
    del sd["nope"]
except KeyError as e:
    print("KeyError", e)

st = set()
for i in range(10):
    st.add(i % 4)
    st.add(str(i % 3))
print(sorted(st, key=str), 2 in st, "2" in st, 2.0 in st, True in st)
counts = {}
for w in "a b a c b a".split() + [1, 1, True, 2]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
