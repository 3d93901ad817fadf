# argument checks of pow, round, sum, vars, zip, __import__ and the singleton types
def tr(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
tr("pow()", lambda: pow())
tr("pow(1)", lambda: pow(1))
tr("pow 4 args", lambda: pow(1, 2, 3, 4))
tr("pow kw", lambda: pow(base=2, exp=5, mod=7))
tr("NoneType(1, 2)", lambda: type(None)(1, 2))
tr("NoneType(a=1)", lambda: type(None)(a=1))
tr("NoneType()", lambda: type(None)())
tr("EllipsisType(1)", lambda: type(...)(1))
tr("NotImplementedType(a=1)", lambda: type(NotImplemented)(a=1))
tr("round 3 args", lambda: round(1.5, 2, 3))
tr("sum()", lambda: sum())
tr("sum bytes", lambda: sum([b'a', b'c'], b''))
tr("sum bytearray", lambda: sum([bytearray(b'a')], bytearray(b'')))
tr("sum iterable=", lambda: sum(iterable=[]))
tr("sum start=", lambda: sum([1, 2], start=5))
tr("vars(42)", lambda: vars(42))
tr("zip(1)", lambda: zip(1))
class BadIterable:
    def __iter__(self):
        raise TypeError("mine")
tr("zip(BadIterable())", lambda: zip(BadIterable()))
tr("__import__ name twice", lambda: __import__('sys', name='sys'))
tr("__import__ 6 args", lambda: __import__('sys', None, None, None, 0, 1))
