# co_consts in the order CPython 3.11's compiler adds constants: the docstring or
# None first, folded expressions, nested code objects where the def is, tuples of
# constant defaults at the end, unreachable trailing constants trimmed.
import types

def show(f):
    print(f.__name__, [c.co_name if isinstance(c, types.CodeType) else c for c in f.__code__.co_consts])

def outer(a):
    x = 1
    y = 'x'
    def inner(b):
        nonlocal x
        x += b
        return x + a
    z = 2.5
    return inner
show(outer)
show(outer(1))

def documented():
    "doc"
    return 1
show(documented)

def folded():
    return (1, 2), -1, 1 + 2, 'a' 'b', 2 ** 10, 'ab' * 3, 2 ** 200, not True, 'abc'[1]
show(folded)

def displays():
    return [1, 2], [1, 2, 3], {1: 'a'}, {1: 'a', 2: 'b'}, {1, 2}, {1, 2, 3}
show(displays)

def calls():
    print('a', end='', sep=' ')
    dict(a=1, b=2)
show(calls)

def nested():
    def a(x=1, *, k='kk'):
        pass
    b = lambda y=2: y
    class C:
        pass
    return [i for i in range(3)], (j for j in 'ab')
show(nested)

def annotated():
    def a(x: 'X', y: int = 3) -> 'R':
        pass
    v: int = 5
show(annotated)

def branches(x):
    if 0:
        return 'dead'
    while True:
        if x is None:
            break
    return x if 0 else 'yes'
show(branches)

def trailing():
    x = 1
    raise ValueError
    y = 'dead'
show(trailing)

def handlers():
    try:
        x = 1
    except ValueError as e:
        x = 2
    else:
        x = 4
    finally:
        print('f')
    with open('x') as fh:
        return 'w'
show(handlers)

def formats(x, y):
    return '%s and %r' % (x, y), '%5s|%-3s' % (x, y), '%d' % (x,), f'{x!r:>10}', x[1:], x[::2]
show(formats)

def matching(p):
    match p:
        case [a, b]:
            return a
        case {'k': v}:
            return v
        case Point(x=0):
            return 'p'
    return None
show(matching)

def imports():
    import sys
    from os import path, sep
show(imports)

def gen():
    yield
    x = yield 1
show(gen)
print((lambda: 5).__code__.co_consts, (lambda: None).__code__.co_consts)
g = (y + 1 for y in [1, 2, 3])
print(g.gi_code.co_consts)
print([c for c in outer.__code__.replace(co_name='o').co_consts if not isinstance(c, types.CodeType)])
class K:
    "kdoc"
    a = 1
    def m(self):
        return __class__
print(K.m.__code__.co_consts)
