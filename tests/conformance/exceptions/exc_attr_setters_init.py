# __cause__/__context__ setters, ImportError/OSError argument parsing and re-init,
# UnicodeError str() after attribute changes, AttributeError from __getattr__ hints
for a in ['__cause__', '__context__']:
    try: setattr(Exception(), a, 1)
    except TypeError as e: print(e)
    try: delattr(Exception(), a)
    except TypeError as e: print(e)
e = Exception(); e.__cause__ = ValueError(); print(type(e.__cause__).__name__, e.__suppress_context__)
exc = ImportError('test', name='name', path='path')
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
a = AttributeError('x', name='n', obj=3); a.__init__('y'); print(a.args, a.name, a.obj)
for args in [('foo',), ('foo', 'bar'), ('foo', 'bar', 'baz'), ('foo', 'bar', None), ('foo', 'bar', 'baz', None, 'quux'), (1, 'x', 'f', 5, 'g'), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(repr(e), e.errno, e.strerror, e.filename, e.filename2, str(e))
e = OSError(1, 'x'); e.__init__(2, 'y', 'z'); print(e.args, e.errno)
class E(OSError):
    def __init__(self, x): super().__init__(1, 'm', 'f')
print(E('zz').args, E('zz').filename, repr(FileNotFoundError(2, 'x', 'y')))
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(u); u.end = 2; print(u); u.end = 5; u.reason = 0x345345345345345345; print(u)
u.encoding = 4000; print(u); u.start = 1000; print(u)
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo'); u.reason = 5; u.encoding = 3; print(u)
u.end = 2; print(u); u.start = 100; u.end = 101; print(u)
u = UnicodeTranslateError('xxxx', 1, 5, 'foo'); u.reason = 5; print(u)
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError
class B:
    def __getattr__(self, attr):
        raise AttributeError('mine', name='other')
try: A().bluch
except AttributeError as e: print(e.name, type(e.obj).__name__)
try: B().bluch
except AttributeError as e: print(e.name, e.obj)
A().bluch
