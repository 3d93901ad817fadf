# _statistics and _heapq: the accelerators statistics.py and heapq.py import
import statistics
import _statistics
import heapq
import _heapq

print(statistics._normal_dist_inv_cdf is _statistics._normal_dist_inv_cdf)
print(_statistics._normal_dist_inv_cdf.__module__, _heapq.heappush.__module__, heapq.heapify.__module__)
f = _statistics._normal_dist_inv_cdf
for p in [0.5, 0.3, 0.01, 0.999, 1e-10, 0.425 + 0.5, 1 - 1e-12]:
    print(p, f(p, 0.0, 1.0), f(p, 10, 2.5))
print(f(0.75, True, 3), f(0.2, -4, 1))
nd = statistics.NormalDist(100, 15)
print(nd.inv_cdf(0.9), [round(q, 6) for q in nd.quantiles(4)])

class Half:
    def __float__(self):
        return 0.5

print(f(Half(), 1, 1))
print(f(0.5, 0, float("nan")), f(float("nan"), 0, 1))
for args in [(0.5,), ("x", 1, 1), (0, 0, 1), (1, 0, 1), (0.5, 0, 0), (0.5, 0, -1), (0.3, 1, 2**2000)]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
