# ChainMap and the UserDict/UserList/UserString wrappers
from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('zz', 0), 'a' in cm, cm)
child = cm.new_child({'a': 100}); print(child['a'], child.parents['a'], child.maps[0])
cm['d'] = 4; del cm['b']; print(over, base)
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
print(ChainMap(), dict(ChainMap({1: 2}, {3: 4})), list(ChainMap({'x': 1}, {'y': 2, 'x': 3})))
u = UserDict(a=1); u['b'] = 2; print(u, u.data, len(u), 'a' in u, u.get('c', 3), isinstance(u, dict))
class Miss(UserDict):
    def __missing__(self, key):
        return key * 2
print(Miss()['ab'])
l = UserList([3, 1, 2]); l.append(0); l.sort(); print(l, l[1:], type(l[1:]).__name__, l + [9], [8] + l, l * 2, len(l))
s = UserString('Hello'); print(s, repr(s), s.upper(), s + '!', s[1:3], len(s), 'ell' in s, s == 'Hello', s.split('l'))
