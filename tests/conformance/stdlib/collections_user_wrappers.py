# UserString/UserList/UserDict: result types, unwrapping of wrapped operands
from collections import UserString, UserList, UserDict

s = UserString('Hello, World')
for name, args in [('upper', ()), ('center', (20, '*')), ('replace', (UserString('o'), UserString('0'))),
                   ('removeprefix', (UserString('Hel'),)), ('count', (UserString('l'),)),
                   ('find', (UserString('W'),)), ('split', (', ',)), ('partition', (',',)),
                   ('startswith', (('He', 'x'),)), ('zfill', (15,)), ('expandtabs', ()),
                   ('format', ()), ('join', (['a', 'b'],)), ('isalpha', ()), ('encode', (None, None))]:
    r = getattr(s, name)(*args)
    print(name, type(r).__name__, repr(r))
try:
    s.index(UserString('W'))
except TypeError as e:
    print('TypeError', e)
print(s + '!', '>' + s, s * 2, 2 * s, UserString('%s-%s') % (1, 2), type('%s' % s).__name__)
print(s[1:4], type(s[0]).__name__, 'World' in s, UserString('W') in s, s == 'Hello, World', s < UserString('I'))
print(UserString(5), UserString(UserString('x')).data, int(UserString('12')), float(UserString('1.5')), hash(s) == hash(s.data))
print(s.__getnewargs__(), s.expandtabs(tabsize=4))

l = UserList([3, 1, 2])
print(l[:2], type(l[:2]).__name__, l + [4], [0] + l, l + (5,), type((5,) + l) if False else '', l * 2)
l += (9,); l *= 1; l.extend(UserList([7])); l.sort(reverse=True); print(l, l.index(3), l.count(9))
l2 = l.copy(); l2.append(0); print(l, l2, type(l2).__name__, l == l.data, l < [10])
l.reverse(); print(l.pop(), l.pop(0), l)
print(UserList(UserList([1])).data, UserList('ab').data)

d = UserDict({'a': 1}, b=2)
print(d, d | {'c': 3}, {'z': 0} | d, type(d | d).__name__)
d |= UserDict(e=5); print(d, len(d), 'e' in d, d.get('nope', 'dflt'))
class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2
w = WithMissing(); print(w['ab'], w.get('ab'))
class Tagged(UserDict):
    pass
t = Tagged(x=1); t.tag = 'T'
t2 = t.copy(); t2['y'] = 2
print(t, t2, t2.tag, type(t2).__name__, UserDict.fromkeys('ab', 0))
try:
    UserDict()['k']
except KeyError as e:
    print('KeyError', e)
