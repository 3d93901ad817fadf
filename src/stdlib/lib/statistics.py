"""pycell's statistics module: averages, spread and the normal distribution.

Written for pycell from the documented behaviour of CPython 3.11's module. Sums of
data are exact: every value is turned into an integer ratio and accumulated as a
Fraction, and the final result is converted once to the type of the data.
"""

import math
import numbers
import random
from fractions import Fraction
from decimal import Decimal
from collections import namedtuple

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact arithmetic

def _isfinite(value):
    """True unless value is a float or Decimal NaN or infinity."""
    try:
        return value.is_finite()          # Decimal
    except AttributeError:
        return math.isfinite(value)


def _exact_ratio(value):
    """(numerator, denominator) of value; (value, None) for a NaN or infinity."""
    try:
        return value.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        # float and Decimal refuse NaNs and infinities
        return (value, None)
    try:
        return (value.numerator, value.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(value).__name__}' "
                        f"to numerator/denominator") from None


def _coerce(first, second):
    """The type a mix of first and second values is reported in."""
    if first is second:
        return first
    # plain ints (and bools) never decide the result type
    if second is int or second is bool:
        return first
    if first is int:
        return second
    if issubclass(second, first):
        return second
    if issubclass(first, second):
        return first
    if issubclass(first, int):
        return second
    if issubclass(second, int):
        return first
    if issubclass(first, Fraction) and issubclass(second, float):
        return second
    if issubclass(first, float) and issubclass(second, Fraction):
        return first
    raise TypeError(f"don't know how to coerce {first.__name__} "
                    f"and {second.__name__}")


class _Accumulator:
    """Exact running total of numbers, remembering their common type."""

    __slots__ = ('kind', 'by_den', 'special', 'count')

    def __init__(self):
        self.kind = int
        self.by_den = {}        # denominator -> sum of numerators
        self.special = None     # running sum of NaNs/infinities, if any
        self.count = 0

    def add(self, value):
        self.kind = _coerce(self.kind, type(value))
        num, den = _exact_ratio(value)
        self.count += 1
        if den is None:
            # adding (even to 0) makes a signalling NaN raise, as in CPython
            self.special = (0 if self.special is None else self.special) + num
        else:
            self.by_den[den] = self.by_den.get(den, 0) + num

    def total(self):
        if self.special is not None:
            return self.special
        result = Fraction(0)
        for den, num in self.by_den.items():
            result += Fraction(num, den)
        return result


def _sum(data):
    """(type, exact total, count) of data; the total is a Fraction when finite."""
    acc = _Accumulator()
    for value in data:
        acc.add(value)
    return (acc.kind, acc.total(), acc.count)


def _convert(value, kind):
    """Turn an exact Fraction result into the data's type."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if issubclass(kind, Decimal):
            # Decimal cannot take a Fraction: divide in the current context
            return kind(value.numerator) / kind(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    """Pass values through, raising StatisticsError(errmsg) at a negative one."""
    for value in values:
        if value < 0:
            raise StatisticsError(errmsg)
        yield value


def _squared_deviations(data, center):
    """(type, exact sum of squared deviations, center, count).

    Without a center, the mean is computed exactly and so is the sum; with one,
    each deviation is formed in the data's own arithmetic, as CPython does.
    """
    if center is not None:
        kind, total, count = _sum((dev := value - center) * dev for value in data)
        return (kind, total, center, count)
    kind = int
    ratios = []
    special = None
    count = 0
    for value in data:
        kind = _coerce(kind, type(value))
        num, den = _exact_ratio(value)
        count += 1
        if den is None:
            special = (0 if special is None else special) + num
        else:
            ratios.append(Fraction(num, den))
    if special is not None:
        # NaNs and infinities swamp everything: both results are that value
        return (kind, special, special, count)
    if not count:
        return (kind, Fraction(0), Fraction(0), 0)
    center = sum(ratios, Fraction(0)) / count
    total = Fraction(0)
    for r in ratios:
        delta = r - center
        total += delta * delta
    return (kind, total, center, count)


# --------------------------------------------------------------- square roots

def _integer_sqrt_of_frac_rto(n, m):
    """floor(sqrt(n/m)), with the low bit set when the root is inexact."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


_FLOAT_ROOT_BITS = 110   # twice the 55 bits wanted in the integer root


def _float_sqrt_of_frac(n, m):
    """Correctly rounded float square root of the fraction n/m."""
    if m == 0:
        raise ZeroDivisionError('division by zero')
    if m < 0:
        n, m = -n, -m
    if n < 0:
        raise ValueError('math domain error')
    if n == 0:
        return 0.0
    # Scale by 4**k so the integer root has at least 55 bits; its low bit then
    # sits below the rounding position and round-to-odd makes int->float exact.
    k = (_FLOAT_ROOT_BITS - (n.bit_length() - m.bit_length())) // 2
    if k >= 0:
        root = _integer_sqrt_of_frac_rto(n << (2 * k), m)
    else:
        root = _integer_sqrt_of_frac_rto(n, m << (-2 * k))
    return math.ldexp(float(root), -k)


def _decimal_sqrt_of_frac(n, m):
    """Decimal square root of n/m, correctly rounded in the current context."""
    if m < 0:
        n, m = -n, -m
    if n == 0:
        if m == 0:
            raise ZeroDivisionError('division by zero')
        return Decimal('0.0')
    guess = (Decimal(n) / Decimal(m)).sqrt()
    target = Fraction(n, m)
    here = Fraction(guess)
    above = guess.next_plus()
    midpoint = (here + Fraction(above)) / 2
    if midpoint * midpoint < target:
        return above
    below = guess.next_minus()
    midpoint = (here + Fraction(below)) / 2
    if midpoint * midpoint > target:
        return below
    return guess


# ------------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean of data, computed exactly and returned in the data's type."""
    kind, total, count = _sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / count, kind)


def _as_list(values):
    return list(values) if iter(values) is values else values


def fmean(data, weights=None):
    """Fast floating-point (optionally weighted) arithmetic mean."""
    try:
        size = len(data)
    except TypeError:
        data = list(data)
        size = len(data)
    if weights is None:
        total = math.fsum(data)
        if not size:
            raise StatisticsError('fmean requires at least one data point')
        return total / size
    try:
        wsize = len(weights)
    except TypeError:
        weights = list(weights)
        wsize = len(weights)
    numerator = math.fsum(x * w for x, w in zip(data, weights))
    if size != wsize:
        raise StatisticsError('data and weights must be the same length')
    denominator = math.fsum(weights)
    if not denominator:
        raise StatisticsError('sum of weights must be non-zero')
    return numerator / denominator


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """(Weighted) harmonic mean of non-negative data."""
    negative = 'harmonic mean does not support negative values'
    data = _as_list(data)
    size = len(data)
    if size < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if size == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * size
        weight_total = size
    else:
        weights = _as_list(weights)
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        weight_total = _sum(_fail_neg(weights, negative))[1]
    try:
        kind, total, _ = _sum(w / x if w else 0
                              for w, x in zip(weights, _fail_neg(data, negative)))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(weight_total / total, kind)


def median(data):
    """Middle value of data, or the mean of the two middle values."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    half = size // 2
    if size & 1:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Smaller of the two middle values (or the middle value) of data."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[(size - 1) // 2]


def median_high(data):
    """Larger of the two middle values (or the middle value) of data."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    return ordered[size // 2]


def median_grouped(data, interval=1):
    """Median of grouped continuous data, interpolated within its class."""
    ordered = sorted(data)
    size = len(ordered)
    if not size:
        raise StatisticsError('no median for empty data')
    middle = ordered[size // 2]
    # first and one-past-last position of values equal to the middle one
    lo = size // 2
    while lo > 0 and ordered[lo - 1] == middle:
        lo -= 1
    hi = size // 2 + 1
    while hi < size and ordered[hi] == middle:
        hi += 1
    try:
        width = float(interval)
        centre = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower_limit = centre - width / 2.0
    return lower_limit + width * (size / 2 - lo) / (hi - lo)


def _frequencies(data):
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    """Most common value of discrete or nominal data (the first seen on ties)."""
    counts = _frequencies(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    top = 0
    for value, count in counts.items():
        if count > top:
            best, top = value, count
    return best


def multimode(data):
    """All most common values, in order of first appearance."""
    counts = _frequencies(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
        offset = 0
    elif method == 'exclusive':
        span = size + 1
        offset = 1
    else:
        raise ValueError(f'Unknown method: {method!r}')
    cuts = []
    for k in range(1, n):
        scaled = k * span
        if offset:
            idx = min(max(scaled // n, 1), size - 1)
            frac = scaled - idx * n
            low, high = ordered[idx - 1], ordered[idx]
        else:
            idx, frac = divmod(scaled, n)
            low, high = ordered[idx], ordered[idx + 1]
        cuts.append((low * (n - frac) + high * frac) / n)
    return cuts


# --------------------------------------------------------------------- spread

def variance(data, xbar=None):
    """Sample variance (n - 1 denominator) of data."""
    kind, ss, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (count - 1), kind)


def pvariance(data, mu=None):
    """Population variance (n denominator) of data."""
    kind, ss, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / count, kind)


def _root_in_type(value, kind):
    if issubclass(kind, Decimal):
        return _decimal_sqrt_of_frac(value.numerator, value.denominator)
    return _float_sqrt_of_frac(value.numerator, value.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: square root of the sample variance."""
    kind, ss, _, count = _squared_deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_in_type(ss / (count - 1), kind)


def pstdev(data, mu=None):
    """Population standard deviation: square root of the population variance."""
    kind, ss, _, count = _squared_deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_in_type(ss / count, kind)


def _mean_stdev(data):
    """(mean, sample stdev) of data as floats, for NormalDist.from_samples."""
    _, ss, center, count = _squared_deviations(data, None)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    quotient = ss / (count - 1)
    try:
        return float(center), _float_sqrt_of_frac(quotient.numerator,
                                                  quotient.denominator)
    except AttributeError:
        # a NaN or infinity in the data
        return float(center), float(center) / float(ss)


# ---------------------------------------------------------- two-variable stats

def _paired_deviations(x, y, what):
    """Float deviations of x and y from their means, after the length checks."""
    size = len(x)
    if len(y) != size:
        raise StatisticsError(f'{what} requires that both inputs have same '
                              f'number of data points')
    if size < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    x_mean = math.fsum(x) / size
    y_mean = math.fsum(y) / size
    dx = [a - x_mean for a in x]
    dy = [b - y_mean for b in y]
    return size, x_mean, y_mean, dx, dy


def _dot(u, v):
    return math.fsum(a * b for a, b in zip(u, v))


def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    size, _, _, dx, dy = _paired_deviations(x, y, 'covariance')
    return _dot(dx, dy) / (size - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two equally long inputs."""
    _, _, _, dx, dy = _paired_deviations(x, y, 'correlation')
    try:
        return _dot(dx, dy) / math.sqrt(_dot(dx, dx) * _dot(dy, dy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x."""
    if proportional:
        size = len(x)
        if len(y) != size:
            raise StatisticsError('linear regression requires that both inputs '
                                  'have same number of data points')
        if size < 2:
            raise StatisticsError('linear regression requires at least two '
                                  'data points')
        dx, dy = x, y
    else:
        _, x_mean, y_mean, dx, dy = _paired_deviations(x, y, 'linear regression')
    try:
        slope = _dot(dx, dy) / _dot(dx, dx)
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else y_mean - slope * x_mean
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------- normal distribution

# Rational approximations of Wichura's algorithm AS 241 (Applied Statistics 37,
# 1988), highest power first; each denominator ends with its constant 1.0.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _ratio_poly(table, r):
    return _horner(table[0], r) / _horner(table[1], r)


def _normal_dist_inv_cdf(p, mu, sigma):
    """Quantile at probability p of the normal distribution (mu, sigma)."""
    return mu + _standard_quantile(p) * sigma


def _standard_quantile(p):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        return _horner(_AS241_CENTRAL[0], r) * q / _horner(_AS241_CENTRAL[1], r)
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        z = _ratio_poly(_AS241_NEAR, r - 1.6)
    else:
        z = _ratio_poly(_AS241_TAIL, r - 5.0)
    return -z if q < 0.0 else z


# src/stdlib/statistics-native.ts holds a faster copy; blocking '_statistics' (as
# import_fresh_module does) keeps the Python one
try:
    from _statistics import _normal_dist_inv_cdf
except ImportError:
    pass


_ROOT_TWO = math.sqrt(2.0)


class NormalDist:
    """A normal distribution built from its mean mu and standard deviation sigma."""

    __slots__ = {
        '_mu': 'The mean (and median and mode) of the distribution',
        '_sigma': 'The standard deviation of the distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist(mu, sigma): sigma must not be negative."""
        self._mu = float(mu)
        self._sigma = float(sigma)
        if self._sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')

    @classmethod
    def from_samples(cls, data):
        """Distribution estimated from sample data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from the distribution (reproducible given seed)."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return math.exp(offset * offset / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """Probability that a value drawn is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _ROOT_TWO)))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """n-1 cut points dividing the distribution into n equal-probability parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal distributions (0.0 to 1.0)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        var_a, var_b = a.variance, b.variance
        if not var_a or not var_b:
            raise StatisticsError('overlap() not defined when sigma is zero')
        var_gap = var_b - var_a
        mean_gap = math.fabs(b._mu - a._mu)
        if not var_gap:
            return 1.0 - math.erf(mean_gap / (2.0 * a._sigma * _ROOT_TWO))
        lin = a._mu * var_b - b._mu * var_a
        rad = a._sigma * b._sigma * math.sqrt(
            mean_gap * mean_gap + var_gap * math.log(var_b / var_a))
        left = (lin + rad) / var_gap
        right = (lin - rad) / var_gap
        return 1.0 - (math.fabs(b.cdf(left) - a.cdf(left))
                      + math.fabs(b.cdf(right) - a.cdf(right)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean."""
        return self._mu

    @property
    def median(self):
        """Median (equal to the mean)."""
        return self._mu

    @property
    def mode(self):
        """Mode (equal to the mean)."""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation."""
        return self._sigma

    @property
    def variance(self):
        """Variance: the square of sigma."""
        return self._sigma * self._sigma

    def __add__(self, other):
        """Shift by a constant, or sum of two independent variables."""
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        """Shift by a constant, or difference of two independent variables."""
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        """Scale by a constant."""
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    def __truediv__(self, divisor):
        """Scale by the reciprocal of a constant."""
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        """other - self, for a constant other."""
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
