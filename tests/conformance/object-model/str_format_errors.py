# str.format and format(): CPython's error types and messages
cases = ['{', '}', 'a{', 'a}b', '{0', '{0!', '{0!r', '{0!rr}', '{0!x}', '{0!}',
         '{0:{', '{0[}', '{0[]}', '{0.}', '{0[0]x}', '{}{0}', '{0}{}', '{a{b}',
         '{0:{1:{2}}}', '{3}', '{-1}', '{99999999999999999999}', '{0!é}', '{z}',
         '{0[5]}', '{0.nope}', '{0[x]}']
for c in cases:
    try:
        r = repr(c.format([10, 20], 5, a='A'))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(repr(c), '->', r)
for c in ['{0}', '{}', '{a.real}']:
    try:
        print(repr(c.format_map({'a': 1})))
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
for args in [(None, 'x'), (object(), '5'), (1, 3), (1.5, 'q')]:
    try:
        format(*args)
    except Exception as e:
        print(type(e).__name__ + ': ' + str(e))
class Bad:
    def __format__(self, spec):
        return 3
try:
    '{}'.format(Bad())
except TypeError as e:
    print(e)
