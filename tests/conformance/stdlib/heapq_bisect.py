# heapq and bisect: heap layouts, merge, nlargest/nsmallest ties, key=
import heapq, bisect
data = [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 11, 4]
h = data[:]; heapq.heapify(h); print(h)
h2 = []
for x in data: heapq.heappush(h2, x)
print(h2, [heapq.heappop(h2) for _ in range(len(h2))])
h = data[:]; heapq.heapify(h); print(heapq.heapreplace(h, 6), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 20), h)
try: heapq.heappop([])
except IndexError as e: print(e)
try: heapq.heappush(1, 2)
except TypeError as e: print(e)
try: heapq.heapify(1)
except TypeError as e: print(e)
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['b', 'aa'], ['c', 'ddd'], key=len)), list(heapq.merge()), list(heapq.merge([1])))
pairs = [(1, 'a'), (3, 'b'), (1, 'c'), (2, 'd'), (3, 'e'), (1, 'f')]
print(heapq.nlargest(2, pairs, key=lambda p: p[0]), heapq.nsmallest(2, pairs, key=lambda p: p[0]))
print(heapq.nlargest(3, [1, 5, 2, 5, 3]), heapq.nsmallest(3, iter([4, 1, 1, 0, 7])), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []), heapq.nsmallest(1, [2, 1]))
vals = [(i * 7919) % 101 for i in range(200)]
print(heapq.nlargest(7, vals), heapq.nsmallest(7, vals, key=lambda v: -v))
hh = vals[:]; heapq.heapify(hh); print(hh[:20])
print(heapq.__all__)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 2.5); bisect.insort_left(a, 0); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect([1], 1, -1)
except ValueError as e: print(e)
