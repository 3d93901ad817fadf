# _bisect: the accelerated bisection functions that bisect.py re-exports
import bisect
import _bisect

print(bisect.bisect_left is _bisect.bisect_left, bisect.insort is _bisect.insort_right)
print(_bisect.bisect_left.__module__, _bisect.bisect_right.__name__)

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, hi=4))
print(bisect.bisect_left(a, 2, lo=1, hi=None), bisect.bisect_right(a, 0, hi=-1))

# key= applies to the list's items; insort applies it to the new item too
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 1), key=lambda r: r[1])
print(recs)

b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort_left(b, v)
print(b)

# any sequence works; insort calls the object's own insert
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return [10, 20, 30, 40][i]
    def insert(self, i, x):
        print("insert", i, x)

print(bisect.bisect_left(Seq(), 25))
bisect.insort_right(Seq(), 30)

class Recorder(list):
    def insert(self, i, x):
        print("Recorder.insert", i, x)
        super().insert(i, x)

r = Recorder([1, 3])
bisect.insort(r, 2)
print(r)

# indices beyond 2**53 stay exact
import sys
big = range(sys.maxsize)
print(bisect.bisect_left(big, sys.maxsize - 3), bisect.bisect_right(big, 2**60, lo=2**59))

for call in [
    lambda: bisect.bisect_left(a, 1, -1),
    lambda: bisect.bisect_left(),
    lambda: bisect.bisect_right(a),
    lambda: bisect.bisect_left(1, 2),
    lambda: bisect.bisect_left(a, 1, "x"),
    lambda: bisect.bisect_left(a, 1, 0, "x"),
    lambda: bisect.bisect_left(a, 1, bad=2),
    lambda: bisect.bisect_right(a, 1, 1, 2, 3),
    lambda: bisect.bisect_left([1, 2], 1, 0, 10),
    lambda: bisect.insort_left((1, 2), 1),
    lambda: bisect.bisect_left(a, 1, None),
    lambda: bisect.bisect_left(a, 1, 2**70),
    lambda: bisect.bisect_left(a, 1, 0, hi=2, lo=1, x=3),
    lambda: bisect.bisect_left([1, "a"], 2),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
