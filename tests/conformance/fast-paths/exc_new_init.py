# Exception classes called like `C(args)`: BaseException.__new__ sets args (and the
# per-class fields), then BaseException.__init__ runs with the same arguments; pycell
# skips the second when it can change nothing. Classes that replace __init__ (also
# after the first call), keyword classes and OSError must still see every step.
class Plain(Exception):
    pass


class Stop(StopIteration):
    pass


class Syn(SyntaxError):
    pass


class Uni(UnicodeDecodeError):
    pass


class Exit(SystemExit):
    pass


class Attr(AttributeError):
    pass


class OS(OSError):
    pass


for e in (Plain(), Plain(1), Plain(1, "two"), Stop(5), Stop(), Syn("msg", ("f.py", 1, 2, "text")), Exit(3), Uni("utf-8", b"\xff", 0, 1, "bad"), Attr("a", name="n", obj=None), OS(2, "No such file", "x.txt")):
    print(type(e).__name__, e.args, str(e), getattr(e, "value", "-"), getattr(e, "msg", "-"), getattr(e, "code", "-"), getattr(e, "filename", "-"), getattr(e, "name", "-"))

log = []


class Later(Exception):
    pass


print(Later(1).args)


def late_init(self, *a):
    log.append(("late", a))
    Exception.__init__(self, "replaced", *a)


Later.__init__ = late_init
print(Later(2).args, log)
del Later.__init__
print(Later(3).args, log)


class Base(Exception):
    def __init__(self, *a):
        log.append(("Base", a))
        super().__init__(*a)


class Child(Base):
    pass


print(Child(4).args, log[-1])


class WithNew(Exception):
    def __new__(cls, *a):
        log.append(("new", a))
        return super().__new__(cls, "from new")


print(WithNew(5).args, log[-1])
try:
    Plain(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    raise Plain("raised")
except Plain as e:
    print(repr(e), e.__traceback__.tb_lineno)
