# NormalDist arithmetic, repr and sampling (samples use random.Random(seed).gauss).
from statistics import NormalDist
a = NormalDist(10, 2)
print(a, a.mean, a.stdev, a.variance, a + 5, a * 3, a - NormalDist(1, 1.5), -a)
print(a.zscore(13), a == NormalDist(10.0, 2.0))
print(round(a.cdf(12), 10), round(a.pdf(10), 10), round(a.inv_cdf(0.975), 8))
print([round(x, 8) for x in NormalDist().samples(3, seed=1)])
