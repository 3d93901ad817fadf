# MATCH_KEYS: length check, get() lookups before sub-patterns, duplicate keys found at run time
class Logged(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)
    def __len__(self):
        print("len")
        return super().__len__()

m = Logged(a=1, b=2)
match m:
    case {"a": 9, "b": _}:
        print("no")
    case {"a": 1, "zz": _}:
        print("no")
    case {"a": 1, **rest}:
        print("yes", rest)

class K:
    A = "a"
try:
    match {"a": 0, "b": 1}:
        case {K.A: p, "a": q}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

class One:
    ONE = True
try:
    match {1: "x", 2: "y"}:
        case {1.0: v, One.ONE: w}:
            print("no")
except ValueError as e:
    print("ValueError:", e)
match {1: "x", 2: "y"}:
    case {1.0: v, 2: w}:
        print("float key", v, w)

class Always(dict):
    def get(self, key, default=None):
        return "always"
match Always(k=1, j=2):
    case {"k": v, "other": w}:
        print(v, w)
