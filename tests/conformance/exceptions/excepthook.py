# sys.excepthook / sys.__excepthook__ print the report with "Did you mean" to stderr
import sys, io
def f():
    blech = 1
    print(bluch)
buf = io.StringIO()
old = sys.stderr
try:
    f()
except NameError:
    sys.stderr = buf
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = old
print(buf.getvalue().splitlines()[-1])
print(sys.excepthook is sys.__excepthook__)
try:
    sys.excepthook(1)
except TypeError as e:
    print(type(e).__name__)
