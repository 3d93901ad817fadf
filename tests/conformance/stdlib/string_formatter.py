# string.Formatter: parse, get_field, auto numbering and its errors
import string

f = string.Formatter()
cases = ['a{0}b', '{}', '{x!r:>{w}}', 'a{{b}}c', '{0[1].x}', 'x}', '{', 'a{0', '{0!}',
         '{0!rr}', '{!r}', '{a:{b:{c}}}', 'abc', '', '{0:}', '}}', '{:', '{0!r', '{0[}',
         '{ }', '{0]}', '{a[x]y}', '{0[}]}', '{a!r:[}]}', '{a:{{}}}', '{a:}}', '{a{b}c}',
         '{!:}', '{:!}', '{0!', '{0!r}x{']
for s in cases:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)

class Obj:
    x = 42

for s, a, k in [('{0}{1}', (1, 2), {}), ('{}{}', (1, 2), {}), ('{}{0}', (1, 2), {}),
                ('{:{}}', ('a', 5), {}), ('{0!x}', (1,), {}), ('{a.real}', (), {'a': 3}),
                ('{0[1]}', ([5, 6],), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{x}', (), {}),
                ('{2}', (1,), {}), ('{}', (), {}), ('{0!s:>4}', (1,), {}), ('{0!a}', ('é',), {}),
                ('{o.x:05}', (), {'o': Obj()}), ('{a}{}', (1,), {'a': 5}), ('{0[0]}{}', ([1],), {}),
                ('{d[key]}', (), {'d': {'key': 'v'}}), ('{0.}', (1,), {}), ('{0[0]x}', ([1],), {})]:
    try:
        print(repr(s), repr(f.format(s, *a, **k)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

class Checking(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used:", sorted(map(str, used)), "args:", len(args), "kw:", sorted(kwargs))
    def get_value(self, key, args, kwargs):
        print("get_value", repr(key))
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        return "<" + super().format_field(value, spec) + ">"

print(Checking().format("{0} {name!r} {1:>3}", 1, 2, 3, name="n", other=0))
print(Checking().vformat("{}-{}", (7, 8), {}))
print(f.get_field("0.real", [5], {}))
print(f.convert_field(3, "r"), f.convert_field("x", None), f.format_field(3.14159, ".2f"))
