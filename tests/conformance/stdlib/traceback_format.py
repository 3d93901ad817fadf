# traceback: format_exc/format_exception/extract_tb/TracebackException on caught exceptions
# (statements span whole lines, so CPython 3.11 prints no ^^^ markers)
import traceback, sys, io


def show(text):
    # the script's path differs between machines and runners
    print(text.replace(__file__, "FILE"), end="")


def inner(x):
    raise ZeroDivisionError("division by zero")


def outer():
    inner(0)


try:
    outer()
except ZeroDivisionError as e:
    show(traceback.format_exc())
    show(traceback.format_exception(e)[0])
    print(len(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    for fs in traceback.extract_tb(tb):
        print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), len(fs), list(fs)[1:])
    print(traceback.format_tb(tb, limit=1)[0].endswith("outer()\n"))
    print(traceback.format_tb(tb, limit=-1)[0].split(",", 1)[1])
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
    show("".join(traceback.format_exception(e, limit=2)))
    print(repr(traceback.extract_tb(tb)[0]).replace(__file__, "FILE"))


def chained():
    try:
        raise KeyError("missing")
    except KeyError as k:
        raise ValueError("bad value") from k


try:
    chained()
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(e, chain=False)))

try:
    try:
        int("x")
    except ValueError:
        raise KeyError("during")
except KeyError as e:
    show("".join(traceback.format_exception(e)))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), type(te.__context__).__name__, te.exc_type.__name__, len(te.stack))
    print(list(te.format_exception_only()))


class MyErr(Exception):
    pass


try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
e = ValueError("with note")
e.add_note("a note")
print(traceback.format_exception_only(e), traceback.format_exception(e))
print(repr(traceback.format_exc()))
print(traceback.format_list([("f.py", 3, "g", "x = 1"), ("nonexistent_file_h13.py", 4, "h", None)]))


def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    rec(n - 1)


try:
    rec(10)
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
se = SyntaxError("invalid syntax", ("bad.py", 2, 5, "x = = 1\n", 2, 6))
print("".join(traceback.format_exception_only(se)), end="")
fs = traceback.FrameSummary("a.py", 1, "f", line="  code  ")
print(fs.line, fs == ("a.py", 1, "f", "code"), traceback.StackSummary.from_list([fs]).format())
try:
    traceback.format_exception(ValueError(), 1)
except ValueError as e:
    print(e)
try:
    name_that_is_nowhere
except NameError as e:
    print(traceback.format_exception_only(e))
