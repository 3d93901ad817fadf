# weakref.ref returns its live object; callbacks are kept; gc.collect returns an int.
# Context: module level (the same rule at module, class and function level).
import weakref, gc
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, r.__callback__ is None, isinstance(gc.collect(), int))
r2 = weakref.ref(o, print)
print(r2.__callback__ is print, r == r2)
del r2  # a dead reference never calls back (CPython would at exit, pycell cannot)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
