# indices beyond Py_ssize_t: IndexError for subscripts, OverflowError for method
# arguments and deque item assignment, as CPython converts each
from array import array
from collections import deque
cases = [
 lambda: array('i',[1])[2**63],
 lambda: array('i',[1])[-2**63-1],
 lambda: array('i',[1])[2**62],
 lambda: deque([1])[2**100],
 lambda: deque([1])[2**62],
 lambda: deque([1]).insert(2**100, 5),
 lambda: array('i',[1]).insert(2**100, 5),
 lambda: array('i',[1]).pop(2**100),
 lambda: array('i',[1]).pop(2**62),
 lambda: deque([1]).rotate(2**100),
 lambda: array('i',[1]).__setitem__(2**63, 1),
 lambda: deque([1]).__setitem__(2**63, 1),
 lambda: deque([1]).__delitem__(2**63),
 lambda: array('i',[1]).__delitem__(2**63),
 lambda: [1][2**63],
 lambda: [1].pop(2**63),
 lambda: [1].insert(2**100, 3),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
for c in (lambda: array('i').pop(2**100), lambda: array('i').pop('x'), lambda: array('i',[1]).insert('x', 'y'), lambda: array('i',[1]).insert(0, 'y'), lambda: array('i',[1]).insert(2**70, 'y'), lambda: deque().rotate('x'), lambda: deque([1,2]).insert(-2**100, 0), lambda: deque([1])['a']):
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3]); d.rotate(-1); d.insert(-10, 0); d.insert(10, 9); print(d)
a = array('i', [1, 2, 3]); a.insert(-10, 0); a.insert(10, 9); print(a, a.pop(), a.pop(0), a[-1])
