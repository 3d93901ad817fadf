class C:
    a = 1
d = C.__dict__
print(type(d).__name__, 'a' in d, 'b' in d)
C.b = 2
print('b' in d, d['b'], len(d) == len(C.__dict__), sorted(k for k in d if not k.startswith('__')))
del C.a
print('a' in d, list(d.keys())[-1:])
print(d.get('b'), d.get('zz', 5), C.__dict__ == d, d == dict(d))
try: d['x'] = 1
except TypeError as e: print(e)
print(repr(vars(C))[:25])
import types
m = types.MappingProxyType({'q': 1})
print(m, m | {'r': 2}, {'s': 3} | m)
print(type(C.__dict__.copy()).__name__)
