# contextlib.redirect_stdout/redirect_stderr into io.StringIO; print(file=) to StringIO
import contextlib
import io
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside", 1, 2)
    sys.stdout.write("direct\n")
print("outside", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
out = io.StringIO()
print("a", "b", sep="-", end="|", file=out)
print(repr(out.getvalue()), sys.stdout is sys.__stdout__)
