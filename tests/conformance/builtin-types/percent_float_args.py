# %f/%g/%e with a non-number: str and bytes word the TypeError differently
class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


for fmt in ("%g", "%f", "%.2e"):
    for arg in ("1", None, [1], F(), I(), True):
        try:
            print(repr(fmt % arg))
        except TypeError as e:
            print(fmt, type(arg).__name__, "TypeError:", e)
for fmt in (b"%g", b"%f"):
    for arg in ("1", b"1", None, F(), I()):
        try:
            print(fmt % arg)
        except TypeError as e:
            print(fmt, type(arg).__name__, "TypeError:", e)
