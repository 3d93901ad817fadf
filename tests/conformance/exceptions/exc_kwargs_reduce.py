# ImportError/AttributeError/NameError keyword arguments, __reduce__, __setstate__, add_note
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = ImportError('a', 'b', name='n', path='p')
print(e.msg, e.name, e.path, str(e), repr(e), e.args)
e = ImportError()
print(e.msg, e.name, e.path, repr(str(e)))
t(lambda: ImportError(x=1))
t(lambda: ImportError('a', name='n', x=1))
t(lambda: ValueError(x=1))
e = AttributeError('a', name='n', obj=3)
print(e.name, e.obj, e.args)
e = AttributeError()
print(e.name, e.obj)
t(lambda: AttributeError(x=1))
print(NameError('a', name='n').name)
t(lambda: ModuleNotFoundError('m', name='q').name)
print(ImportError('a', name='n').__reduce__())
e = ValueError(1)
e.x = 3
print(e.__reduce__())
e = ValueError(1)
print(e.__reduce__(), e.__setstate__({'y': 2}), e.y)
t(lambda: e.__setstate__(3))
e = ImportError('a')
e.msg = 'zz'
print(str(e))
e = KeyError()
t(lambda: e.add_note(3))
e.add_note("x")
print(e.__notes__)
e.__notes__ = 5
t(lambda: e.add_note("y"))
del e.__notes__
e.add_note("z")
print(e.__notes__)
print(OSError(2, 'x', 'f').__reduce__())
