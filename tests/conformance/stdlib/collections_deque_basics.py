# deque: both ends, rotate, maxlen, indexing, repr
from collections import deque

d = deque('ghi')
d.append('j'); d.appendleft('f')
print(d, d.pop(), d.popleft(), d, list(reversed(d)), d[0], d[-1], len(d), 'h' in d)
d.extend('jkl'); d.extendleft('abc'); print(d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.rotate(10); print(d)
d.insert(2, 'X'); d.remove('X'); print(d.index('h'), d.count('h'), d)
d.reverse(); print(d)
d[0] = 'Z'; del d[1]; print(d)
e = deque(range(5), maxlen=3); print(e, e.maxlen); e.append(9); print(e); e.appendleft(-1); print(e)
e.extend([7, 8]); print(e); e.extendleft([1, 2]); print(e)
print(deque(), deque(maxlen=0), deque([1], 2), deque([], maxlen=None).maxlen)
z = deque(maxlen=0); z.append(1); print(z)
print(d + deque('xy'), deque([1, 2]) * 2, 3 * deque([0]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
c = d.copy(); c.clear(); print(c, d)
d += 'uv'; print(d)
s = deque([1]); s.append(s); print(s)
print(deque, type(iter(deque())).__name__, type(reversed(deque())).__name__)
class Q(deque):
    pass
print(Q([1, 2]), Q([1], maxlen=4), isinstance(Q(), deque))
