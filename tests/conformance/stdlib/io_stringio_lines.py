# io.StringIO: reading lines, iteration, writelines, context manager, print(file=)
import io
s = io.StringIO("one\ntwo\n\nthree")
print(s.readline(), s.readline(2), s.readline(-1), s.readline(None))
print(list(s), s.read(), s.readline())
s.seek(0)
print(s.readlines(5))
with io.StringIO() as out:
    print("hello", 1, 2.5, sep=", ", end="!\n", file=out)
    out.writelines(["a\n", "b\n"])
    print(out.write("tail"), repr(out.getvalue()))
print(out.closed)
s = io.StringIO("abcdef")
s.seek(2)
s.write("XY")
print(s.tell(), repr(s.read()), repr(s.getvalue()))
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
s = io.StringIO("héllo wörld")
print(s.read(3), s.tell(), s.seek(0, 2))
for i, line in enumerate(io.StringIO("x\ny\n")):
    print(i, repr(line))
import sys
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured")
sys.stdout = old
print(repr(buf.getvalue()))
