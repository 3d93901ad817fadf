# MATCH_CLASS: __match_args__ rules and all attributes fetched before sub-patterns run
class Loud:
    __match_args__ = ("a", "b")
    def __getattr__(self, name):
        print("get", name)
        if name == "missing":
            raise AttributeError(name)
        return len(name)

match Loud():
    case Loud(1, 2, c=0):
        print("no")
    case Loud(_, b=9):
        print("no")
    case Loud(missing=1, a=1):
        print("no")
    case Loud(a, b):
        print("yes", a, b)

def attempt(cls, subject, n):
    try:
        if n == 1:
            match subject:
                case cls(p):
                    return ("one", p)
        else:
            match subject:
                case cls(p, q):
                    return ("two", p, q)
        return "no match"
    except TypeError as e:
        return f"TypeError: {e}"

class NoneArgs:
    __match_args__ = None
class StrArgs:
    __match_args__ = "ab"
class ListArgs:
    __match_args__ = ["a", "b"]
    a = b = 0
class BadElem:
    __match_args__ = (7,)
class Twice:
    __match_args__ = ("a", "a")
    a = 1
class Plain:
    pass
class MyInt(int):
    pass

for cls in (NoneArgs, StrArgs, ListArgs, BadElem, Twice, Plain):
    print(cls.__name__, attempt(cls, cls(), 1), attempt(cls, cls(), 2))
print(attempt(MyInt, MyInt(4), 1), attempt(MyInt, MyInt(4), 2))
print(attempt(int, True, 1), attempt(int, "s", 2))

class One:
    __match_args__ = ("a",)
    a = 3
try:
    match One():
        case One(x, a=y):
            print("no")
except TypeError as e:
    print("TypeError:", e)

try:
    match 1:
        case len(y):
            pass
except TypeError as e:
    print("TypeError:", e)
