# str % args, str.format and format() through their cached plans: the same format
# string used with values the fast paths take and with values they leave to the full
# formatter, padding flags, conversions, errors, and find() without bounds.

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

class MyFloat(float):
    def __format__(self, spec):
        return "MyFloat<" + spec + ">"

class MyInt(int):
    pass

class Loud:
    def __str__(self):
        print("  str called")
        return "loud"
    def __repr__(self):
        return "Loud()"
    def __format__(self, spec):
        print("  format called with", repr(spec))
        return "L" + spec

pct = "%s=%d;%x|%5d|%-5d|%05d|%+d|% d|%#x|%#X|%#o|%X"
for args in [("a", 1, 255, 2, 3, 4, 5, 6, 255, 255, 8, 255), ("b", -1, -255, -2, -3, -4, -5, -6, -255, -255, -8, -255)]:
    show(lambda: pct % args)
for v in [7, -7, 2**70, True, 3.5, MyInt(9), "x", None, Loud(), [1], (1,)]:
    show(lambda: "%s" % (v,))
    show(lambda: "%d" % (v,))
    show(lambda: "%x" % (v,))
    show(lambda: "[%5s]" % (v,))
for v in [1.0, -2.5, 1e300, float("nan"), float("-inf"), 3, MyFloat(2.5), 0.125, 2.675]:
    show(lambda: "%.2f %e %g %10.3f %-10.1f| %F %E %G %#.0f %+.1f" % (v, v, v, v, v, v, v, v, v, v))
for f, a in [("%d %d", (1,)), ("%d", (1, 2)), ("%", 1), ("%z", 1), ("%5", 1), ("%(k)s", {"k": 4}),
             ("%*d", (6, 3)), ("%.*f", (2, 1.2345)), ("%.3s", "abcdef"), ("%s %%", 5), ("100%%", ()),
             ("%c", 65), ("%c", "z"), ("%r", "q"), ("%a", "é"), ("%s", {"a": 1}), ("%d", "1"),
             ("%i %u", (3, 4)), ("%ld %hd %Lf", (1, 2, 3.0)), ("é%sü", "ß"), ("%s\U0001f600%s", (1, 2))]:
    show(lambda: f % a)

fmt = "{0}|{1:>8}|{2:.3f}|{!r}"
show(lambda: "{0}|{1:>8}|{2:.3f}".format("name", 5, 1 / 7))
for a in [(1, 2), ("x", "y"), (1.5, -2.25), (MyFloat(1), MyInt(2)), (Loud(), Loud()), (True, None)]:
    show(lambda: "{}-{}".format(*a))
    show(lambda: "{1!r}:{0!s:>6}:{0!a}".format(*a))
    show(lambda: "{0:>5}{1:^7}".format(*a))
for f, a in [("{1}", (1,)), ("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{0!x}", (1,)), ("}", ()), ("{", ()),
             ("{:{}}", (1, 5)), ("{0.real}", (3,)), ("{0[1]}", ([4, 5],)), ("{a}", ()), ("{{}}{}", (1,)),
             ("{0!r:}", ("s",)), ("{0!s", (1,)), ("{0!sx}", (1,)), ("{00}", (7,)), ("{0:d}", ("s",)),
             ("{0:,}|{0:_x}|{0:08.2f}", (1234567,)), ("{:%}", (0.25,)), ("{0}", (1, 2, 3))]:
    show(lambda: f.format(*a))
show(lambda: "{0}{x}".format(1, x=2))
show(lambda: "{0}".format(1, unused=2))

for v, spec in [(5, "05d"), (-5, "05d"), (2.5, ".1f"), (-0.0, ".1f"), ("ab", ">4"), (10**20, "_"),
                (True, "d"), (True, ""), (1.0, ""), (MyFloat(3), "x"), (MyInt(5), "x"), (255, "#x"),
                (3.25, "e"), (12345.678, ",.2f"), (7, "c"), (0x1F600, "c"), (1.5, "10"), ("s", "d")]:
    show(lambda: format(v, spec))
    show(lambda: f"{v:{spec}}")
show(lambda: f"{Loud():>3}")
import sys
sys.set_int_max_str_digits(1000)
show(lambda: len(f"{10**999}"))
show(lambda: f"{10**1000}")
show(lambda: "{}".format(10**1000))
show(lambda: "%d" % 10**1000)

for s, sub in [("abc|def", "|"), ("abc", ""), ("", ""), ("\U0001f600a|b", "|"),
               ("x\ud83d", "\ud83d"), ("a\U0001f600\U0001f600z", "z"), ("aaa", "b"), ("ab" * 50, "ba")]:
    show(lambda: (s.find(sub), s.find(sub, None), s.find(sub, 0, None), s.rfind(sub), s.index(sub) if sub in s else -9))
