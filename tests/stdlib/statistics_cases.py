# statistics: averages, spread, quantiles, two-input functions, NormalDist, errors.
# Values that go through erf/exp/log approximations are printed to 12 digits ("~").
import math
import random
import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D

def show(tag, f, approx=False):
    try:
        v = f()
        if approx:
            v = [float('%.12g' % x) for x in v] if isinstance(v, list) else float('%.12g' % v)
        print(('~' if approx else '') + tag, repr(v))
    except Exception as e:
        print(tag, type(e).__name__, e)

# (no case mixing Fraction then Decimal: CPython collects the types in a set, so which
# of the two its TypeError names first depends on the type objects' addresses)
exprs = ['S.mean([])', 'S.fmean([])', 'S.fmean([1,2],[1])', 'S.fmean([1,2],[0,0])', 'S.geometric_mean([])',
         'S.geometric_mean([-1])', 'S.harmonic_mean([-1])', 'S.harmonic_mean([])', 'S.harmonic_mean([1,0])',
         'S.harmonic_mean([1,2],[1])', 'S.median([])', 'S.mode([])', 'S.multimode([])', 'S.quantiles([1])',
         'S.quantiles([1,2],n=0)', 'S.quantiles([1,2],method="x")', 'S.variance([1])', 'S.pvariance([])',
         'S.correlation([1],[1])', 'S.correlation([1,2],[1])', 'S.correlation([1,1],[1,2])', 'S.covariance([1],[1])',
         'S.linear_regression([1,1],[1,2])', 'S.linear_regression([1,2],[1])', 'S.mean([D(1), F(1,2)])', 'S.mean([F(1,2), 1.5, D(1)])', 'S.mean([1.5, D(1)])', 'S.median_grouped([F(1,2)])', 'S.median_grouped([D(1), D(3)])', 'S.median_grouped([1, 2], interval="x")', 'S.median_grouped(["1", "2"])', 'S.mean([1,2.5])',
         'S.mean([True, 2])', 'S.mean([F(1,3), 1])', 'S.mean([D("0.1"), 1])', 'S.variance([D("1.5"), D("2.5"), D("4")])',
         'S.stdev([D("1.5"), D("2.5"), D("4")])', 'S.pstdev([D(1), D(2), D(2)])', 'S.stdev([F(1,2), F(3,2), 2])',
         'S.NormalDist(0,-1)', 'S.NormalDist().inv_cdf(0)', 'S.NormalDist.from_samples([1])', 'S.median_grouped([1,2,2,3])',
         'S.median_grouped([])', 'S.median_grouped([5])', 'S.median_grouped([1, 3, 3, 5, 7], interval=2)', 'S.median_grouped(["a", "b"])',
         'S.quantiles([1,2,3,4,5,6,7], n=10, method="inclusive")', 'S.quantiles([1,2,3,4,5,6,7], n=10)', 'S.quantiles(range(100))',
         'S.quantiles([F(1,2), F(3,4), 2], n=3)', 'S.NormalDist(1,2)+S.NormalDist(3,4)', 'S.NormalDist(1,2)*3', '3-S.NormalDist(1,2)',
         'S.NormalDist(1,2)/4', '-S.NormalDist(1,2)', 'S.NormalDist(1,2)-S.NormalDist(3,4)', '5+S.NormalDist(1,2)',
         'hash(S.NormalDist(1,2))==hash(S.NormalDist(1,2))', 'S.NormalDist(0,0).pdf(1)', 'S.NormalDist(0,0).cdf(1)',
         'S.NormalDist(1,1).overlap(S.NormalDist(1,0))', 'S.NormalDist()==1', 'S.NormalDist(1, 2) == S.NormalDist(1.0, 2.0)',
         'S.mean(iter([1,2]))', 'S.mean("abc")', 'S.mean([1, "a"])', 'S.mean([float("nan"), 1])', 'S.mean([float("inf"), 1])',
         'S.variance([float("inf"), 1])', 'S.mode([1,1,2,2])', 'S.mode("aabbbc")', 'S.multimode("aabbc")', 'S.median_low([1,2,3,4])',
         'S.median_high([1,2,3,4])', 'S.median([1,3,2])', 'S.median([1,2,3,4])', 'S.median([F(1), F(2)])', 'S.median([D(1), D(2)])',
         'S.linear_regression([1,2,3],[2,4,7], proportional=True)', 'S.linear_regression([1,2,3,4],[2,4,7,7.5])',
         'S.correlation([1,2,3],[1,2,3.5])', 'S.covariance([1,2,3,4],[1,3,2,5])', 'S.fmean([1,2,3],[3,2,1])', 'S.fmean(iter([1.5, 2.5]))',
         'S.geometric_mean([1,0])', 'S.harmonic_mean([2.5, 3], weights=[2, 1])', 'S.harmonic_mean([40, 60])', 'S.harmonic_mean([F(1,2), 3])',
         'S.harmonic_mean([5])', 'S.harmonic_mean(["a"])', 'S.NormalDist(1,2).zscore(3)',
         'S.NormalDist(0, 0).zscore(1)', 'S.NormalDist(1, 2)', 'S.NormalDist(1, 2).mean', 'S.NormalDist(1, 2).variance',
         'S.NormalDist(1, 2).stdev', 'S.NormalDist(1, 2).median', 'S.NormalDist(1, 2).mode', 'S.NormalDist.from_samples([1, 2, 4, 8])',
         'S.NormalDist(5, 2).samples(4, seed=7)', 'S.StatisticsError.__mro__', 'S.LinearRegression._fields',
         'S.mean([1, 2, 3, 4])', 'S.mean([1, 2, 3])', 'S.mean(range(10**6, 10**6 + 7))', 'S.mean([0.1, 0.2, 0.3])',
         'S.mean([1e308, 1e308])', 'S.variance([1, 2, 3, 4])', 'S.pvariance([1, 2, 3, 4])', 'S.variance([1.5, 2.5, 2.5, 2.75])',
         'S.variance([F(1, 3), F(2, 3), 1])', 'S.variance([1, 2, 3], 2)', 'S.pvariance([1, 2, 3], mu=1)', 'S.stdev([1, 2, 3, 4])',
         'S.pstdev([1, 2, 3, 4])', 'S.stdev([2, 4, 4, 4, 5, 5, 7, 9])', 'S.pstdev([2, 4, 4, 4, 5, 5, 7, 9])', 'S.pstdev([1.5, 2.5])',
         'S.variance([True, False, True])', 'S.pvariance([D("0.1"), D("0.2")])']
for e in exprs:
    show(e, lambda: eval(e))
rng = random.Random(3)
for i in range(120):
    data = [rng.uniform(-100, 100) for _ in range(rng.randrange(2, 9))]
    ints = [rng.randrange(-50, 50) for _ in range(rng.randrange(2, 9))]
    y = [rng.uniform(-3, 3) + 2 * x for x in data]
    print('fuzz', i, S.mean(data), S.fmean(data), S.median(data), S.variance(data), S.stdev(data), S.pvariance(data),
          S.pstdev(data), S.mean(ints), S.variance(ints), S.stdev(ints), S.pstdev(ints), S.quantiles(data, n=5),
          S.covariance(data, y), S.correlation(data, y), S.linear_regression(data, y))
    pos = [abs(v) + 0.5 for v in data]
    show(f'fuzz geo {i}', lambda: S.geometric_mean(pos), True)
    show(f'fuzz harm {i}', lambda: S.harmonic_mean(pos))
nd = S.NormalDist(1.5, 2.5)
for x in [-3, 0, 0.3, 1.5, 4, 10]:
    show(f'pdf {x}', lambda: nd.pdf(x), True)
    show(f'cdf {x}', lambda: nd.cdf(x), True)
for p in [1e-300, 1e-20, 1e-5, 0.001, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.999, 1 - 1e-10]:
    show(f'inv_cdf {p}', lambda: nd.inv_cdf(p), True)
show('quantiles', lambda: nd.quantiles(), True)
show('deciles', lambda: S.NormalDist().quantiles(10), True)
show('overlap', lambda: S.NormalDist(1, 2).overlap(S.NormalDist(2, 3)), True)
show('overlap same sigma', lambda: S.NormalDist(1, 2).overlap(S.NormalDist(2, 2)), True)
show('overlap type', lambda: S.NormalDist().overlap(1))
