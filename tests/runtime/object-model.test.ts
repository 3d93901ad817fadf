// The object model against python3: types, MRO, descriptors, operators, containers,
// exceptions. Each program runs in python3 (one process for all) and in pycell.
import { describe, expect, it } from "vitest";
import { normAddr, pycellResult, pythonResults } from "../codegen/oracle.js";

const PROGRAMS: Record<string, string> = {
  c3_mro: `
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(e)
`,
  descriptors: `
class Desc:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)
    def __set__(self, obj, value):
        obj.__dict__['stored'] = value * 2
class NonData:
    def __get__(self, obj, owner):
        return 'nondata'
class C:
    d = Desc()
    n = NonData()
c = C()
c.d = 21
print(c.d, C.d, c.stored, c.n)
c.__dict__['n'] = 'instance wins'
print(c.n)
`,
  property_classmethod_staticmethod: `
class T:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def s(x): return x + 1
t = T()
t.c = 5
print(t.c, T.make(), t.make(), T.s(1), t.s(2))
try:
    del t.c
except AttributeError as e:
    print(e)
`,
  reflected_operators: `
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f'V({self.x})'
    __hash__ = None
print(V(1) + V(2), 1 + V(2), V(1) + 5, sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]))
print(V(1) == V(1), V(1) != V(2), V(2) > V(1))
try:
    V(1) - 1
except TypeError as e:
    print(e)
class Sub(V):
    def __radd__(self, o): return 'sub radd'
print(V(1) + Sub(2))
`,
  numbers: `
print(7 // -2, 7 % -2, -7 // 2, -7 % 2, 7.5 // 2, -7.5 % 2, 2 ** -1, 2 ** 100, (-2) ** 63)
print(1 / 3, 0.1 + 0.2, 1e16, 1.5e-7, float('inf'), -0.0, 10 / 4, 3 * 1.0)
print(1 << 70, -1 >> 3, ~5, -17 & 0xff, 5 ^ -3, 2**64 | 1, True + True, round(2.5), round(3.5), round(0.125, 2))
print(divmod(-7, 2), divmod(7.5, 2), abs(-3), pow(3, 4, 5), pow(2, -1, 7), int('  -42 '), int('ff', 16), int(3.9), float('1e3'))
print(9007199254740993 + 0, 2**53 + 1, 10**20 // 3, -(2**63) // 7, hex(255), oct(8), bin(-5))
`,
  strings: `
s = 'héllo 😀 wörld'
print(len(s), s[6], s[-1], s[::-1], s[2:8], s.upper(), s.split(), s.find('w'))
print('a,b,,c'.split(','), ' x '.strip(), 'abc'.replace('b', 'BB'), '-'.join(['a', 'b']), 'Ab' * 3, 'abc' < 'abd')
print(repr('it\\'s'), repr("q\\"q'"), str(1.0), repr(None), 'x'.center(5, '*'), 'abc'.startswith(('x', 'a')))
`,
  containers: `
d = {1: 'a', 1.0: 'b', True: 'c', (1, 2): 'd', None: 'e', 'k': 'f'}
print(d, len(d), d[(1, 2)], list(d.keys())[-1])
del d[1]
d['z'] = 0
print(d, d.get('nope', 'dflt'), d.pop('z'), d.setdefault('n', []))
s = {3, 1, 2}
print(sorted(s | {5}), sorted(s & {1, 9}), sorted(s - {1}), frozenset({1}) == {1}, {1, 2} <= {1, 2, 3})
l = [3, 1, 2]
l.sort(reverse=True)
print(l, l[::2], l[-1], l.index(1), [1, 2] + [3], [0] * 3, list(range(10, 0, -3)), range(5)[1:3])
t = (1, [2])
try:
    hash(t)
except TypeError as e:
    print(e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(['b', 'A', 'a'], key=str.lower), max([1, 5, 3]), min('hello'))
`,
  recursive_repr: `
l = [1, 2]
l.append(l)
d = {'self': None}
d['self'] = d
print(l, d)
class R:
    def __repr__(self): return 'R!'
print([R(), (R(),)], {'r': R()})
`,
  exceptions: `
for e in [ValueError(), ValueError('x'), ValueError('x', 2), KeyError('k'), StopIteration(3), OSError(2, 'No such file')]:
    print(repr(e), str(e), e.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(7)
except Exception as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception), MyErr.__mro__[1:3])
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print('tuple catch', repr(e))
`,
  uncaught_custom: `
class AppError(Exception):
    pass
raise AppError('bad thing')
`,
  attribute_error_suggestion: `
class P:
    def __init__(self): self.name = 1
P().nmae
`,
  builtins_misc: `
print(list(enumerate('ab', 1)), list(zip('ab', [1, 2, 3])), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(any([]), all([]), sorted({'b': 1, 'a': 2}), list(reversed([1, 2, 3])), isinstance(True, int), issubclass(bool, (str, int)))
print(getattr(1, 'real'), hasattr([], 'append'), callable(len), type(type), type(None).__name__, chr(9731), ord('é'))
print(format(3.14159, '.3'), format(255, '08b'), format('x', '^5'), repr(1e100), str(12345678901234567890))
class A: pass
a = A()
setattr(a, 'v', 1)
print(vars(a), 'v' in dir(a), a.__class__.__name__, A.__name__, A.__qualname__, A.__module__)
`,
  slots_and_hash: `
class P:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
p = P()
try:
    p.y = 2
except AttributeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
print(E.__hash__)
try:
    {E()}
except TypeError as e:
    print(e)
`,
};

const names = Object.keys(PROGRAMS);
const expected = pythonResults(names.map((n) => PROGRAMS[n]));

describe("object model matches python3", () => {
  names.forEach((name, i) => {
    it(name, () => {
      const got = pycellResult(PROGRAMS[name]);
      expect(got.stderr).not.toContain("internal error");
      expect(normAddr(got.stdout)).toBe(normAddr(expected[i].stdout));
      expect(got.exit).toBe(expected[i].exit);
      expect(normAddr(got.last)).toBe(normAddr(expected[i].last));
    });
  });
});
