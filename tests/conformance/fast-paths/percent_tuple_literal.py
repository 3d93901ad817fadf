# "literal" % (a, b, ...) with 1-4 items formats without building the tuple
# (codegen percent-literal.ts, str-percent.ts pct1..pct4); every case the plan does not
# cover builds the tuple and runs the full formatter, errors included.
import traceback

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

name, i, x = "item", 42, 2.5
print("%s" % (name,), "%s=%d" % (name, i), "%s=%d;%x" % (name, i * 7, i), "%s %s %s %s" % (1, 2, 3, 4))
print("%5s|%-5d|%05.1f|%#o|%+d" % (name, i, x, i, i), "%s %s %s %s %s" % (1, 2, 3, 4, 5))
print("%r %a %c %%" % ("q", "\xe9", 65), "%s" % ((1, 2),), "%s" % ([1],))
show(lambda: "%(k)s" % ({"k": 1},))
print("%d %i %u %o %X %e %g %f" % (True, 3.7, -2, 8, 255, 12345.678, 0.00001, 1e20))

class S(str):
    def __str__(self):
        return "S!"

class N:
    def __index__(self):
        return 7
    def __int__(self):
        return 8
    def __float__(self):
        return 9.5

print("%s|%d|%x|%f" % (S("v"), N(), N(), N()), "%s" % (None,), "%.2s" % ("abc",), "%s" % (10 ** 30,))
show(lambda: "%d" % ("x",))
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%d %d" % (1, "2"))
show(lambda: "%z" % (1,))
show(lambda: "%(k)s" % (1,))
show(lambda: "%c" % ("ab",))
show(lambda: "%x" % (2.5,))
show(lambda: "%*d" % (3, 4))
show(lambda: "%.*f|%-*s|" % (2, 3.14159, 5, "ab"))

# the items are evaluated left to right, each once
log = []
def item(v):
    log.append(v)
    return v
print("%s-%s-%s" % (item("a"), item("b"), item("c")), log)

# a traceback through the fallback names the same line
def fail():
    return "%d" % (
        "not a number",)
try:
    fail()
except TypeError:
    traceback.print_exc(limit=-1)
# a str subclass on the left, and a non-literal format, take the ordinary operator
class P(str):
    def __mod__(self, other):
        return "P%" + repr(other)
print(P("%s") % (1, 2), ("%s" + "%s") % (1, 2))
