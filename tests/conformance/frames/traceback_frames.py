# tb_frame of each traceback entry, and its locals.
import sys

def fail(n):
    local_value = n * 3
    raise ValueError(local_value)

def middle():
    marker = "middle"
    fail(4)

try:
    middle()
except ValueError:
    tb = sys.exc_info()[2]
    while tb is not None:
        f = tb.tb_frame
        names = sorted(k for k in f.f_locals if not k.startswith("__") and k in ("local_value", "n", "marker"))
        print(f.f_code.co_name, tb.tb_lineno, names)
        tb = tb.tb_next
