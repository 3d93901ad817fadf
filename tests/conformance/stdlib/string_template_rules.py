# string: Template positions of invalid placeholders, custom patterns and flags,
# get_identifiers/is_valid; Formatter numbering rules; capwords
import string

T = string.Template
for s in ["ab\ncd $", "$1", "x\n\n$", "x$"]:
    try:
        T(s).substitute()
    except ValueError as e:
        print(repr(s), e)
print(T("$$ $a ${b} $").safe_substitute(a=1))
print(T("$who ${what} $$ $who $1").get_identifiers(), T("$a $").is_valid(), T("$a").is_valid())

class Path(T):
    idpattern = r"[_a-z][._a-z0-9]*"

print(Path("$a.b and ${c.d}").substitute({"a.b": 1, "c.d": 2}))

class Strict(T):
    flags = 0

print(Strict("$wHO likes ${meal}").safe_substitute(w="fred", meal="soup"))

class At(T):
    delimiter = "@"

print(At("@x @@ @{y}").substitute(x=1, y=2))

class Own(T):
    pattern = r"(?P<escaped>%%)|%(?P<named>\w+)|%{(?P<braced>\w+)}|(?P<invalid>%)"

print(Own("%a %% %{b}").substitute(a=1, b=2))

class Bad(T):
    pattern = r"(?P<other>x)|(?P<escaped>@@)|@(?P<named>\w+)|@{(?P<braced>\w+)}|(?P<invalid>@)"

try:
    Bad("x").substitute()
except ValueError as e:
    print(e.args[0])
print(T("$a").substitute({"a": 1}, a=2))
F = string.Formatter()
for fs in ["{0}{}", "{}{0}", "{}{}", "{:{}}", "{0:{}}", "{a}{}", "{!x}", "{0.real}{1[0]}"]:
    try:
        print(repr(F.format(fs, 1, [2], a=3)))
    except Exception as e:
        print(fs, type(e).__name__, e)
try:
    F.format("{:{:{:{}}}}", 1, 2, 3, 4)
except ValueError as e:
    print(e)
print(string.capwords("  hello   world  "), string.capwords("a-b-c", "-"))
print(string.punctuation, len(string.printable), string.hexdigits, string.octdigits)
