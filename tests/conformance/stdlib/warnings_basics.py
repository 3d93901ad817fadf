# warnings.warn: location from stacklevel, the default action (once per location),
# DeprecationWarning shown only in __main__, the report format with the source line
import sys
import warnings
class _NoPath:
    """stderr that hides this file's path (it differs between runners)"""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = _NoPath()

def f():
    warnings.warn("careful", stacklevel=2)

f()
f()
warnings.warn("dep", DeprecationWarning)
for i in range(3):
    warnings.warn("loop")
warnings.warn(RuntimeWarning("an instance"))
print(warnings.filters)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  line here  "))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
