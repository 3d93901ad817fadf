# Exception objects made by the fast constructor paths: built-in classes, user
# classes with and without __init__/__new__, keywords, the instance dict, OSError's
# errno subclasses, and keyword forwarding through *args/**kwargs wrappers.
import copy
import pickle

for cls in (ValueError, KeyError, IndexError, RuntimeError, UnicodeError, LookupError):
    e = cls(1, "two")
    print(cls.__name__, e.args, repr(e), str(e), e.__dict__)
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)
for call in (lambda: ValueError(x=1), lambda: KeyError("k", y=2), lambda: Exception(a=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(AttributeError("m", name="n", obj=1).name, ImportError("m", name="q").name, NameError("z", name="y").name)
e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e.args)
e = OSError(99, "other", "f")
print(type(e).__name__, e.errno, e.filename)
e = KeyError("k")
e.note = "hello"
print(e.__dict__, vars(e), e.note)
e.__dict__["other"] = 2
print(e.other, sorted(e.__dict__))


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, code, extra=None):
        super().__init__(code)
        self.code = code
        self.extra = extra


class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.made = True
        return self


class Other(Exception):
    def __new__(cls, *args):
        return 42


print(repr(Plain(1, 2)), Plain(1, 2).args, Plain().__dict__)
w = WithInit(7, extra="x")
print(repr(w), w.args, w.code, w.extra, sorted(w.__dict__))
n = WithNew("a")
print(repr(n), n.made, n.args)
print(Other("x"))
print(repr(BaseException.__new__(ValueError, 1, 2)), BaseException.__new__(ValueError, 1).__dict__)
p = pickle.loads(pickle.dumps(w))
print(type(p).__name__, p.args, p.code)
c = copy.copy(Plain(3))
print(repr(c))
k = KeyError("a")
k.x = 1
print(repr(pickle.loads(pickle.dumps(k))), pickle.loads(pickle.dumps(k)).x)


def deco(func):
    def wrapper(*args, **kwargs):
        kwargs["seen"] = True
        return func(*args, **kwargs)
    return wrapper


@deco
@deco
def target(a, b=0, **kw):
    return a, b, sorted(kw)


mine = {"b": 5, "z": 1}
print(target(1, **mine), mine)
print(target(2, b=3))
try:
    target(1, **{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    target(**{"a": 1, "b": 2, "c": 3})
    print("ok")
except TypeError as e:
    print("TypeError", e)
