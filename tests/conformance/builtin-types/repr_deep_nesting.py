# repr of very deeply nested containers raises RecursionError, as CPython's
# Py_EnterRecursiveCall in PyObject_Repr does.
import sys
for make in (lambda x: [x], lambda x: {1: x}, lambda x: (x,)):
    a = []
    for i in range(sys.getrecursionlimit() + 100):
        a = make(a)
    try:
        repr(a)
        print("no error")
    except RecursionError:
        print("RecursionError")
print(repr([[[[]]]]), repr({1: {2: {}}}))
