# traceback: exception groups drawn with CPython 3.11's box margins (nesting, width
# and depth limits, chained sub-exceptions), SyntaxError details, __notes__
import traceback


def show(lines):
    print("".join(lines).replace(__file__, "FILE"), end="|\n")


def raised(exc):
    try:
        raise exc
    except BaseException as caught:
        return caught


inner = raised(ExceptionGroup("inner", [raised(KeyError(1)), ValueError(2)]))
try:
    raise TypeError("ctx")
except TypeError:
    try:
        raise ValueError("with context")
    except ValueError as v:
        with_ctx = v
outer = raised(ExceptionGroup("outer", [inner, with_ctx]))
outer.add_note("a note")
show(traceback.format_exception(outer))
show(traceback.TracebackException.from_exception(outer, max_group_depth=1).format())
show(traceback.format_exception(ExceptionGroup("many", [ValueError(i) for i in range(5)]),
                                limit=0))
te = traceback.TracebackException.from_exception(
    ExceptionGroup("wide", [ValueError(i) for i in range(5)]), max_group_width=2)
show(te.format())
print(len(te.exceptions), te.exceptions[0].exc_type.__name__)


def syntax(msg, *details):
    show(traceback.format_exception_only(SyntaxError(msg, details)))


syntax("bad", "x.py", 3, 5, "    foo bar baz\n", 3, 9)
syntax("bad", "x.py", 3, None, "foo\n", None, None)
syntax("bad", None, 3, 2, "foo", None, None)
syntax("bad", "x.py", None, None, None, None, None)
syntax(None, "x.py", 3, 2, "abc", None, None)
syntax("bad", "x.py", 3, 40, "abc", None, None)
e = ValueError("with notes")
e.__notes__ = ["first\nsecond", 3]
show(traceback.format_exception_only(e))
show(traceback.format_exception_only(None))


class Bad(Exception):
    def __str__(self):
        raise RuntimeError


show(traceback.format_exception_only(Bad()))
a, b = ValueError("a"), TypeError("b")
a.__context__, b.__context__ = b, a
show(traceback.format_exception(a))
try:
    traceback.format_exception(ValueError("x"), 1)
except ValueError as err:
    print(err)
try:
    traceback.format_exception(5)
except TypeError as err:
    print(err)
