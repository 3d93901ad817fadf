# io.StringIO: newline modes, seek/tell, errors, closed state; io.BytesIO basics
import io
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell(), repr(s.newlines))
    s = io.StringIO(newline=nl)
    s.write('x\r\ny\rz\nw')
    s.seek(0)
    print(repr(s.getvalue()), s.readlines(), repr(s.newlines))
s = io.StringIO('hello')
print(s.tell(), s.read(2), s.tell())
s.seek(10)
s.write('x')
print(repr(s.getvalue()))
for f in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 3), lambda: s.seek(1.5),
          lambda: s.write(b'x'), lambda: io.StringIO(3), lambda: s.truncate(-1), lambda: s.read('a'),
          lambda: io.StringIO(newline='x'), lambda: io.StringIO(newline=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s.close()
for f in [lambda: s.read(), lambda: s.getvalue(), lambda: s.tell(), lambda: s.write('a'),
          lambda: iter(s), lambda: s.closed, lambda: next(s), lambda: s.readable()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO('ab')
print(s.truncate(1), s.getvalue(), s.tell(), s.line_buffering, s.encoding, s.errors)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
b = io.BytesIO(b'abc\ndef')
print(b.readline(), b.read(), b.tell(), b.getvalue(), b.write(b'zz'), b.getvalue(), b.seek(0, 2), b.read1())
try:
    b.write('x')
except Exception as e:
    print(type(e).__name__, e)
b.seek(12)
b.write(b'!')
print(b.getvalue(), b.seek(-3, 2), b.read(), list(io.BytesIO(b'1\n2\n3')))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
