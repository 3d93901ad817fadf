# statistics: exact sums, the xbar rounding rule, correctly rounded roots, edge errors
import statistics as S
from decimal import Decimal as D
from fractions import Fraction as F

xs = [0.1, 0.2, 0.3, 1e16, -1e16, 7.25]
print(S.mean(xs), S.variance(xs), S.pvariance(xs), S.stdev(xs), S.pstdev(xs))
print(S.variance(xs, 0.3), S.stdev([1.5, 2.5, 4.0], 2.0))
print(repr(S.mean([1, 2, 3])), repr(S.mean([True, 2])), repr(S.variance([1, 2], 3)))
print(repr(S.stdev([D(1), D(3), D(5)])), repr(S.stdev([D(1), D(1)])), repr(S.stdev([D('0.01'), D('0.03')])))
print(repr(S.pvariance([F(1, 3), F(2, 3), 1])), repr(S.harmonic_mean([F(1), F(2)])))
print(S.harmonic_mean([40, 60], [5, 30]), S.harmonic_mean([0, 1]), S.fmean([1, 2], [1, 3]))
print(S.median_grouped([1, 2, 2, 3, 4]), S.median_grouped([52, 52, 53, 54], interval=2))
print(S.quantiles(range(10), n=3), S.quantiles([1, 2, 3], n=5, method='inclusive'))
print(S._float_sqrt_of_frac(2, 1), S._float_sqrt_of_frac(10**40 + 1, 3), S._integer_sqrt_of_frac_rto(17, 3))
print(S._sum([1, 0.5, F(1, 4)]), S._exact_ratio(0.125), S._convert(F(3, 2), int))
print(S.NormalDist(1, 2).inv_cdf(0.3), S._normal_dist_inv_cdf(0.999, 0.0, 1.0))
for bad in (lambda: S.mean([D(1), 1.0]), lambda: S.stdev([1]), lambda: S.quantiles([1, 2], method='x'),
            lambda: S.harmonic_mean([1, 2], [1]), lambda: S.mean([D('sNaN')]),
            lambda: S.NormalDist(0, 0).inv_cdf(0.5), lambda: S.correlation([1, 1], [1, 2])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
