# The attributes set from an exception's constructor arguments (StopIteration.value,
# SystemExit.code, OSError.errno...) are C members in CPython: they are not in the
# instance __dict__, yet read, set and delete like attributes.
cases = [StopIteration(1), StopIteration(), StopAsyncIteration(2), SystemExit(3), SystemExit(),
         OSError(2, "nf", "fn"), OSError(), FileNotFoundError(2, "x"), ImportError("m", name="n", path="p"),
         ModuleNotFoundError("x"), SyntaxError("msg", ("f", 1, 2, "t", 1, 3)), SyntaxError(),
         KeyError(1), UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), BlockingIOError(1, "a", 3),
         NameError("x", name="y"), AttributeError("a", name="b", obj=1)]
for e in cases:
    print(type(e).__name__, vars(e), e.__dict__, e.args)

e = StopIteration(5)
e.value = 7
print(vars(e), e.value)
e.foo = 1
print(vars(e))
del e.value
print(e.value)
print(type(StopIteration.__dict__["value"]).__name__)
print(sorted(k for k in OSError.__dict__ if not k.startswith("__")))
print(sorted(k for k in SyntaxError.__dict__ if not k.startswith("__")))
print(sorted(k for k in ImportError.__dict__ if not k.startswith("__")))
print("value" in dir(StopIteration(1)))

# BlockingIOError's third argument is characters_written when it is a number
e = BlockingIOError(1, "a", "x")
print(e.args, e.filename, hasattr(e, "characters_written"))
e = BlockingIOError(1, "a", 3)
print(e.args, e.filename, e.characters_written, str(e))
e.characters_written = 5
print(e.characters_written, vars(e))
del e.characters_written
print(hasattr(e, "characters_written"))
try:
    del e.characters_written
except AttributeError as x:
    print("AttributeError", x)
try:
    OSError(1, "a").characters_written
except AttributeError as x:
    print("AttributeError", x)
try:
    BlockingIOError(1, "a", 3.5)
except TypeError as x:
    print("TypeError", x)
print(repr(UnicodeDecodeError("ascii", bytearray(b"\xff"), 0, 1, "r").object))

# __reduce__ carries the __dict__ only (ImportError adds name and path)
for e in (StopIteration(4), SystemExit(2), ImportError("m", name="n"), OSError(2, "x", "f"), KeyError(3)):
    e.extra = 1
    print(e.__reduce__())
e = ImportError("m")
e.__setstate__({"name": "nn", "other": 2})
print(e.name, vars(e))

class S(StopIteration):
    def __init__(self, v):
        super().__init__(v)
        self.value = v * 2
s = S(3)
print(s.value, vars(s), s.args)

def g():
    return 5
    yield
try:
    next(g())
except StopIteration as x:
    print(x.value, vars(x))
try:
    undefined_name
except NameError as x:
    print(x.name, vars(x))
try:
    (1).foo
except AttributeError as x:
    print(x.name, x.obj, vars(x))
try:
    compile("x = (", "f.py", "exec")
except SyntaxError as x:
    print(x.msg, x.lineno, x.offset, vars(x))
print(StopIteration.value.__get__(StopIteration(9)))
try:
    StopIteration.value.__get__(KeyError(9))
except TypeError as x:
    print("TypeError", x)
