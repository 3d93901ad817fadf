# str * x: a sequence repeat (sq_repeat), tried after the other operand's __rmul__;
# str.__mul__ called directly raises TypeError for a non-index
class X:
    def __rmul__(self, o): return ('rmul', o)
    def __mul__(self, o): return ('mul', o)
class I:
    def __index__(self): return 2
class N:
    pass
class S(str):
    pass
class L(list):
    pass
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
cases = [lambda: 'ab' * 3, lambda: 3 * 'ab', lambda: 'ab' * X(), lambda: X() * 'ab', lambda: 'ab' * I(),
         lambda: I() * 'ab', lambda: 'ab' * N(), lambda: N() * 'ab', lambda: 'ab' * 'c', lambda: 'ab' * 2.0,
         lambda: S('ab') * 2, lambda: 2 * S('ab'), lambda: type(S('ab') * 2), lambda: S('ab') * X(), lambda: S('ab') * I(),
         lambda: 'abc'.__mul__(''), lambda: 'abc'.__mul__(2), lambda: 'abc'.__rmul__(I()),
         lambda: 'abc'.__mul__(-1), lambda: [1] * X(), lambda: [1] * I(), lambda: L([1]) * 2, lambda: (1,) * N(),
         lambda: b'x' * I(), lambda: True * 'ab', lambda: 'ab' * True, lambda: S('x') * S('y')]
for c in cases:
    print(show(c))
s = 'ab'
s *= 2
print(s)
s *= I()
print(s)
