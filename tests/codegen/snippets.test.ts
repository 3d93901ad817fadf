// Codegen: small programs, one idea each, run by python3 and by pycell; stdout, exit
// status and the last stderr line must match.
import { describe, expect, it } from "vitest";
import { normAddr, pycellResult, pythonResults } from "./oracle.js";

const SNIPPETS: Record<string, string> = {
  closure_cell_shared: `
def say():
    greeting = 'Hello'
    def display():
        return greeting
    greeting = 'Hi'
    return display
fn = say()
print(fn(), fn.__code__.co_freevars, fn.__closure__[0].cell_contents)
print(type(fn.__closure__[0]).__name__, repr(fn.__closure__[0]).startswith('<cell at 0x'))
`,
  closure_per_call: `
def multiplier(x):
    def multiply(y):
        return x * y
    return multiply
m = [multiplier(i) for i in (1, 2, 3)]
print([f(10) for f in m], m[0].__closure__ is not m[1].__closure__)
`,
  late_binding: `
fs = [lambda y: x * y for x in range(1, 4)]
print([f(10) for f in fs])
gs = []
for x in range(1, 4):
    gs.append(lambda y, x=x: x * y)
print([g(10) for g in gs])
`,
  nonlocal_counter: `
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c(), c.__closure__[0].cell_contents)
c.__closure__[0].cell_contents = 10
print(c())
`,
  cell_write_visible: `
def f():
    x = 1
    def g():
        return x
    cell = g.__closure__[0]
    cell.cell_contents = 5
    return x, g()
print(f())
`,
  global_nested: `
x = 0
def a():
    def b():
        global x
        x += 5
    b()
a()
print(x)
`,
  code_attributes: `
def outer(a, b=2, *args, k, **kw):
    c = a
    def inner():
        return a, c
    return inner
i = outer(1, k=3)
co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_flags)
print(i.__code__.co_freevars, i.__code__.co_flags, i.__qualname__, i.__name__, outer.__defaults__, outer.__kwdefaults__)
`,
  unbound_local: `
x = 1
def f():
    print(x)
    x = 2
f()
`,
  unbound_free: `
def f():
    def g():
        return y
    r = g()
    y = 1
    return r
f()
`,
  name_error_suggestion: `
value = 3
print(valeu)
`,
  call_errors: `
def f(a, b, /, c, *, d, e=5): pass
for call in [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4, z=1), lambda: f(1, b=2, c=3, d=4), lambda: f(1, 2, 3, c=3, d=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
`,
  defaults_and_kwargs: `
def f(a, b=[], *args, key=None, **kw):
    b.append(a)
    return a, b, args, key, sorted(kw.items())
print(f(1))
print(f(2))
print(f(1, [0], 3, 4, key='k', z=1, y=2))
print(f(*[1, [2]], *(3,), **{'key': 4, 'q': 5}))
`,
  comprehension_scopes: `
x = 10
class C:
    x = 5
    ys = [x for _ in range(2)]
    zs = [y * 2 for y in range(3) if y]
print(C.ys, C.zs)
def f():
    return [(lambda: i)() for i in range(3)], [(lambda: i) for i in range(3)][0]()
print(f())
print({k: v for k, v in zip('ab', (1, 2))}, {c for c in 'aab'} == {'a', 'b'}, list(i * i for i in range(4)))
`,
  walrus: `
def f(data):
    if (n := len(data)) > 2:
        return n, [y for x in data if (y := x * 2) > 2], y
print(f([1, 2, 3]))
`,
  generators: `
def gen():
    x = yield 1
    print('got', x)
    try:
        yield 2
    finally:
        print('cleanup')
    return 'done'
g = gen()
print(next(g), g.send('hi'))
g.close()
def deleg():
    r = yield from gen()
    print('result', r)
d = deleg()
print(list(d))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(counter(10)), list(zip(counter(3), counter(5))))
`,
  generator_throw: `
def g():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
it = g()
next(it)
print(it.throw(ValueError('x')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
`,
  try_finally_flow: `
def f():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return 'ret'
        finally:
            print('finally', i)
print(f())
def g():
    try:
        raise ValueError('a')
    except ValueError:
        raise KeyError('b')
try:
    g()
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
`,
  loops_else: `
for i in range(3):
    if i == 5:
        break
else:
    print('no break')
n = 0
while n < 10:
    n += 1
    if n == 3:
        break
else:
    print('never')
print(n)
`,
  unpacking: `
a, *b, c = range(5)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
first, *rest = 'hello'
print(first, rest)
`,
  with_statement: `
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return t is KeyError
with CM('a') as x, CM('b') as y:
    print(x, y)
with CM('c'):
    raise KeyError('swallowed')
print('after')
`,
  match_statement: `
def describe(x):
    match x:
        case 0 | 1:
            return 'small'
        case [a, *rest]:
            return f'list {a} {rest}'
        case {'k': v, **others}:
            return f'map {v} {others}'
        case str() as s if len(s) > 2:
            return 'long str'
        case _:
            return 'other'
print([describe(v) for v in (1, [1, 2, 3], {'k': 1, 'z': 2}, 'abcd', 'a')])
`,
  fstrings: `
x = 3.14159
name = 'pycell'
print(f'{x:.2f} {name!r} {name:>8}|{x=}|{42:#x} {1e20} {10**3:,}')
print('{} {:>5} {name}'.format(1, 'ab', name='n'), '%s %d %.3f %r' % ('s', 42, 2.5, 'q'))
`,
  del_and_assert: `
x = 1
del x
try:
    x
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
assert 1 + 1 == 2, 'math'
try:
    assert False, 'boom'
except AssertionError as e:
    print('assert', e)
`,
  except_name_cleared: `
def f():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as e:
    print(e)
`,
  class_body_scope: `
x = 'global'
def f():
    x = 'enclosing'
    class C:
        y = x
        x = 'class'
        def m(self):
            return x
    return C.y, C.x, C().m()
print(f())
`,
  super_and_class_cell: `
class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return 'B' + super().hello()
    def cls(self):
        return __class__.__name__
print(B().hello(), B().cls(), B.hello.__code__.co_freevars)
`,
  decorators: `
def trace(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return f'{tag}:{fn(*args, **kwargs)}'
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@trace('a')
@trace('b')
def add(x, y=1):
    return x + y
print(add(1), add(1, y=5), add.__name__, add.__qualname__)
`,
  sys_exit_codes: `
import sys
print('before')
sys.exit(3)
`,
  sys_exit_message: `
import sys
sys.exit('fatal')
`,
  recursion_error: `
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('caught', e)
f(0)
`,
  eval_exec: `
x = 5
def f():
    y = 2
    return eval('x + y'), eval('x * 2', {'x': 7})
print(f())
ns = {}
exec('def g(a):\\n    return a * 3\\nz = g(4)', ns)
print(ns['z'], sorted(k for k in ns if not k.startswith('__')))
`,
  lambda_and_qualnames: `
def outer():
    return [lambda: 0][0], (lambda: (lambda: 1))()
a, b = outer()
print(a.__qualname__, b.__qualname__, (lambda: 0).__name__)
class K:
    def m(self):
        def inner(): pass
        return inner
print(K().m().__qualname__, K.m.__qualname__)
`,
};

const names = Object.keys(SNIPPETS);
const expected = pythonResults(names.map((n) => SNIPPETS[n]));

describe("codegen snippets match python3", () => {
  names.forEach((name, i) => {
    it(name, () => {
      const got = pycellResult(SNIPPETS[name]);
      expect(got.stderr).not.toContain("internal error");
      expect(normAddr(got.stdout)).toBe(normAddr(expected[i].stdout));
      expect(got.exit).toBe(expected[i].exit);
      expect(normAddr(got.last)).toBe(normAddr(expected[i].last));
    });
  });
});
