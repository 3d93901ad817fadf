# deque: errors and mutation during iteration
from collections import deque

d = deque([1, 2, 3], maxlen=3)
tests = ['deque().pop()', 'deque().popleft()', 'd.insert(0, 9)', 'd.remove(7)', 'd.index(7)',
         'd[5]', 'd["a"]', 'd + [1]', 'deque(maxlen=-1)', 'deque(maxlen="a")', 'd.rotate("a")',
         'd.index(1, "a")', 'hash(d)', 'd < [1]', 'deque(1)', 'deque([1], 2, 3)', 'deque(foo=1)']
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, type(e).__name__, e)
e = deque([1, 2])
try:
    for x in e:
        e.append(3)
except RuntimeError as err:
    print('RuntimeError', err)
print(d.index(2, -2), d.index(3, 1, 3))
