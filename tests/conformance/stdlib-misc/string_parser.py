# _string.formatter_parser / formatter_field_name_split, and string.Formatter on top
import _string
import string

for s in ['a{0}b', '{}', 'x', '{a.b[c]!r:>{w}}', '{{}}', 'a{{b', '{0:}', '{!s}', '{:x}',
          '}}x{{', '', 'a{', '{0!}', '{0!rr}', '{0!r', '{0:{1:{2}}}', '}', 'a}b', '{0[}',
          '{0[1}]}', '{!}', '{0[{]}', '{0:[}', '{0!r:{}', '{0:}}', 'x{0}}}', '{a{b}',
          '{0', '{', '{0!', '{0:x', '{0[]}', 'ab{{', '}}', '{0!x}']:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for s in ['obj', 'a.b[c]', '0.x[1][y]', '', '[x]', '.a', 'a[', 'a[]', 'a.', 'a[1]x',
          '01', '1.2', '0[-1]', 'a]b', '-1']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), 'ValueError', e)

for bad in (1, None):
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError:
            print('TypeError')

f = string.Formatter()
print(f.format("{0}-{x.real}-{y[1]:>4}", 5, x=3, y=[0, 'ab']))
print(list(f.parse("a{0!r:3}b")))
