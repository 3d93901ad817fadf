# pickling state of itertools objects (3.11 __reduce__/__setstate__), re-entrant sources
from itertools import *
import itertools, pickle
c=combinations('abcd',2); print(c.__reduce__()); next(c); print(c.__reduce__())
c=combinations_with_replacement('abc',2); print(c.__reduce__()); next(c); next(c); print(c.__reduce__())
c=permutations('abc',2); print(c.__reduce__()); next(c); print(c.__reduce__())
c=product('ab','cd'); print(c.__reduce__()); next(c); print(c.__reduce__())
g=groupby('aabbc'); k,gr=next(g); print(g.__reduce__()[2]); print(gr.__reduce__()[1][1])
c=combinations('abc',5); print(c.__reduce__());list(c); print(c.__reduce__())
c=combinations('abcd',2); c.__setstate__((1,3)); print(list(c))
c=combinations('abcd',2); c.__setstate__((9,-3)); print(list(c))
c=combinations_with_replacement('abc',2); c.__setstate__((2,0)); print(list(c))
c=permutations('abc',2); c.__setstate__(((0,1,2),(3,2))); print(list(c))
c=permutations('abc',2); c.__setstate__(((2,1,0),(1,1))); print(list(c))
c=permutations('abc',2); c.__setstate__(((9,-1,0),(7,0))); print(list(c))
for bad in [((0,1),(3,2)), 5]:
    try: permutations('abc',2).__setstate__(bad)
    except Exception as e: print(type(e),e)
p=product('ab','cd'); p.__setstate__((1,0)); print(list(p))
p = product((1, 2),(3,)); p.__setstate__((0, 0x1000)); print(next(p))
for n in range(4):
  for r in range(5):
    it = permutations(range(n), r); assert list(it) == list(pickle.loads(pickle.dumps(permutations(range(n), r))))
    it = permutations(range(n), r); next(it, None); l1 = list(pickle.loads(pickle.dumps(it))); print(len(l1), l1 == list(it), end=' ')
print()
print(list(permutations('abcd', 3))[:8], len(list(permutations(range(5)))))
for k, g in pickle.loads(pickle.dumps(groupby('aabbbc'))): print(k, list(g))
print(list(pickle.loads(pickle.dumps(filterfalse(None, [0, 1, 0]), 0))))
print(list(pickle.loads(pickle.dumps(zip_longest('ab', 'c'), 1))))
import operator, copy
it = accumulate([None, None, None], operator.is_); next(it)
print(type(it.__reduce__()[0]).__name__, it.__reduce__()[0].__name__, list(pickle.loads(pickle.dumps(it))))
def check(reenter_at):
    class I:
        count = 0
        def __iter__(self): return self
        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = pairwise(I())
    print([next(it) for _ in range(3)])
check({1}); check({2}); check({3})
class J:
    first = True
    def __iter__(self): return self
    def __next__(self):
        f = self.first; self.first = False
        if f: return next(b)
a, b = tee(J())
try: next(a)
except RuntimeError as e: print("RuntimeError", e)
