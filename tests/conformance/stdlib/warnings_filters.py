# catch_warnings(record=True), simplefilter/filterwarnings actions, errors, hooks
import sys
import warnings
class _NoPath:
    """stderr that hides this file's path (it differs between runners)"""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = _NoPath()

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one", UserWarning)
    warnings.warn(RuntimeWarning("two"))
    print(len(w), [str(x.message) for x in w], w[0].category, w[1].lineno, w[0].filename == __file__)
print(str(w[0]).replace(w[0].filename, "F"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("same")
    warnings.simplefilter("ignore", category=RuntimeWarning)
    warnings.warn("gone", RuntimeWarning)
    print(len(w))
warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip me")
warnings.warn("Skip me too")
warnings.warn("show me")
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
for bad in (lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", category=int),
            lambda: warnings.filterwarnings("ignore", category=3)):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)

def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = show
warnings.warn("via hook")
warnings.resetwarnings()
print(warnings.filters)
