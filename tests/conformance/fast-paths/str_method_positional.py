# str.split and str.format called as cached methods take a positional entry without an
# args array (descriptors.ts kwPosMethod); every other call shape goes the keyword way.
# Both must agree, including errors.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# split: pieces 0, 1, 2, many; maxsplit limits; whitespace mode
for s in ["", ";", "a", "a;b", "a;b;c", ";a;", "a;;b;;", "x" * 40 + ";" + "y" * 40]:
    print(s.split(";"), s.split(";", 0), s.split(";", 1), s.split(";", 2), s.split(";", -1))
print("a::b::c".split("::"), "aaaa".split("aa"), "a b\tc\n".split(), " a  b ".split(None, 1))
print("\U0001f600;\U0001f601".split(";"), "a\U0001f600b".split("\U0001f600"))
print("a;b".split(sep=";"), "a;b;c".split(";", maxsplit=1), "a b c".split(maxsplit=1))
print(str.split("a;b", ";"), str.split("a b"))

class S(str):
    pass

print(S("a;b").split(";"), type(S("a;b").split(";")[0]).__name__, S("a b").split())

class Sp(str):
    def split(self, sep=None, maxsplit=-1):
        return ["own", sep, maxsplit]

print(Sp("a;b").split(";"), Sp("a;b").split(";", 1))

# a loop: the cached site sees str, then a subclass, then str again
for v in ["p;q", S("r;s"), Sp("t;u"), "v;w"]:
    print(v.split(";"))

show(lambda: "a".split(1))
show(lambda: "a".split(None, "x"))
show(lambda: "a".split(";", 1, 2))
show(lambda: "a".split(1, 2, 3, 4))
show(lambda: "a".split(""))
show(lambda: "a".split(x=1))
show(lambda: "a".split(";", sep=";"))
show(lambda: "a".split(";", 1, maxsplit=2))
show(lambda: "a".rsplit(";", 1, 2))
show(lambda: "a".rsplit(y=1))
show(lambda: str.split(5))
show(lambda: str.split())

# format: 0-3 positional arguments on the fast entry, 4+ and keywords the other way
print("x".format(), "{}".format(1), "{}{}".format(1, 2), "{}{}{}".format(1, 2, 3), "{}{}{}{}".format(1, 2, 3, 4))
print("{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("z"), "{0:>6}|{1:<4}|{2:^7.2f}".format("ab", 3, 2.5))
print("{}".format(None), "{!r}".format("q"), "{!a}".format("\xe9"), "{:,}".format(1234567), "{a}{}".format(1, a=2))
print("x".format(1, 2, 3), "{0}".format(1, 2, 3, 4, 5), S("<{}>").format(7), "{:05d}|{:+d}".format(42, 7))

class F:
    def __format__(self, spec):
        return "F[" + "{}".format(spec) + "]"

print("{:xy}|{}|{}".format(F(), F(), "{}".format(F())))
show(lambda: "{}{}".format(1))
show(lambda: "{3}".format(1, 2, 3))
show(lambda: "{:d}".format("x"))
show(lambda: "{".format(1))
show(lambda: "{0}{}".format(1, 2))
show(lambda: str.format(5))
show(lambda: str.format())
show(lambda: "{:.2f}".format("s"))

# find/count/startswith...: the argument count from `arguments.length`
print("abcabc".find("c"), "abcabc".find("c", 3), "abcabc".find("c", 0, 2), "abcabc".rfind("a"), "abcabc".count("b", 2), str.find("abc", "c"))
print("abc".startswith("ab", 0, 2), "abc".endswith(("x", "c")), "abc".index("b", None, None))
show(lambda: "a".find())
show(lambda: "a".find("a", 0, 1, 2))
show(lambda: "a".count("a", 0, 1, 2, 3))
show(lambda: "a".startswith())
show(lambda: "a".index("z"))
show(lambda: "a".find("a", "x"))
