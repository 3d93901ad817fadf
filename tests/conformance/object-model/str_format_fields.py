# str.format: auto-numbering shared with nested specs, field names, conversions
print('{:^{}} {}'.format('bar', 6, 'X'))
print('|{0:{1}}|{0!r:>{2}}|'.format('a', 5, 6))
print('{0[key]} {0[1]} {1.real} {1.imag:.1f}'.format({'key': 'v', 1: 'one'}, 3 + 4j))
print('{a[0][1]} {b.__class__.__name__}'.format(a=[[1, 2]], b=2.5))
print('{!s} {!r} {!a}'.format('é', 'é', 'é'))
print('{0:{1}{2}}'.format(3.14159, '.', '3'))
print('{{literal}} {}'.format(7), '}}{{'.format())
print('{٣}'.format(0, 1, 2, 'arabic-indic three'))
print('{0[a:b]}'.format({'a:b': 'colon key'}))
print('{x!r:^9}|{y:_>6}'.format(x='s', y=42))
class D(dict):
    def __missing__(self, k):
        return k.upper()
print('{foo} {bar!r} {baz[0]}'.format_map(D(baz='z')))
class O:
    def __format__(self, spec):
        return 'O<' + spec + '>'
print('{0:abc} {0!s:.5}'.format(O())[:8], format(O(), 'x'), f'{O():q}')
print(format(True), format(True, 'd'), format(1, '>5'), format('x', '^5'), format(None))
