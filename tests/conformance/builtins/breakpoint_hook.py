# breakpoint() calls sys.breakpointhook; the default hook follows $PYTHONBREAKPOINT
import sys, os, warnings
def hook(*args, **kws):
    print("hook", args, sorted(kws.items()))
    return "result"
print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = hook
print(breakpoint(1, 2, k=3))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(breakpoint([1, 2, 3]))
os.environ['PYTHONBREAKPOINT'] = 'abs'
print(breakpoint(-4))
for bad in ('.', 'int.', 'nosuchbuiltin', 'nosuchmodule.nosuch'):
    os.environ['PYTHONBREAKPOINT'] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(breakpoint(), [str(x.message) for x in w], [x.category.__name__ for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
