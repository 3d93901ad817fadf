"""Basic statistics module (pycell's own implementation).

Averages and measures of spread are computed exactly: every value is turned into an
exact ratio (numerator, denominator), sums are kept as Fractions, and the result is
converted back to the type the data had (int, float, Fraction or Decimal)."""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import numbers
import random
from fractions import Fraction
from decimal import Decimal
from math import exp, erf, fabs, fsum, hypot, log, sqrt, tau
from collections import namedtuple

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# ---- exact sums ----

def _ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    """The type a mix of T and S values is reported in (int < Fraction < float)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    # CPython reduces over a set of the types, whose order follows their ids; this
    # fixed order gives the same result and message for the usual mixes
    rank = {float: 0, Decimal: 1, Fraction: 2}
    T = int
    for typ in sorted(types, key=lambda t: rank.get(t, 3)):
        T = _coerce(T, typ)
    return T


def _exact_sum(data):
    """(type, exact total, count) of the data."""
    count = 0
    by_denominator = {}
    types = []
    seen_type = None
    for x in data:
        typ = type(x)
        if typ is not seen_type:
            if typ not in types:
                types.append(typ)
            seen_type = typ
        n, d = _ratio(x)
        count += 1
        by_denominator[d] = by_denominator.get(d, 0) + n
    T = _result_type(types)
    if None in by_denominator:
        return T, by_denominator[None], count
    total = Fraction(0)
    for d, n in by_denominator.items():
        total += Fraction(n, d)
    return T, total, count


def _sum_squares(data, center=None):
    """(type, sum of squared deviations, center, count), all exact."""
    if center is not None:
        T, total, count = _exact_sum((d := x - center) * d for x in data)
        return T, total, center, count
    count = 0
    sx = {}
    sxx = {}
    types = []
    seen_type = None
    for x in data:
        typ = type(x)
        if typ is not seen_type:
            if typ not in types:
                types.append(typ)
            seen_type = typ
        n, d = _ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = center = Fraction(0)
    elif None in sx:
        ssd = center = sx[None]
    else:
        total = sum(Fraction(n, d) for d, n in sx.items())
        squares = sum(Fraction(n, d * d) for d, n in sxx.items())
        ssd = (count * squares - total * total) / count
        center = total / count
    return _result_type(types), ssd, center, count


def _convert(value, T):
    """An exact Fraction result as type T (an int result that is not whole is a float)."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _sqrt_ratio_float(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    if n <= 0:
        if n == 0:
            return 0.0
        n, m = -n, -m
    # scale so the integer root has at least 60 significant bits, then round once
    shift = max(0, 120 - (n.bit_length() - m.bit_length()))
    shift += shift & 1
    q, r = divmod(n << shift, m)
    root = math.isqrt(q)
    if r or root * root != q:
        root |= 1  # sticky bit: the exact root lies strictly above
    return root / (1 << (shift // 2))


def _sqrt_ratio_decimal(n, m):
    """sqrt(n / m) as a Decimal rounded in the current context."""
    from decimal import getcontext, localcontext
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    prec = getcontext().prec
    k = prec + 2 - (len(str(n)) - len(str(m))) // 2
    k = max(k, 0)
    q, r = divmod(n * 10 ** (2 * k), m)
    root = math.isqrt(q)
    if r or root * root != q:
        if root % 10 in (0, 5):
            root += 1
    return +Decimal((0, tuple(int(c) for c in str(root)), -k))


# ---- averages ----

def mean(data):
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _no_negatives(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (numbers.Real, Decimal)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _exact_sum(_no_negatives(weights, message))
    try:
        values = _no_negatives(data, message)
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    below = 0  # values in classes below the median's
    while data[below] < x:
        below += 1
    end = below
    while end < n and data[end] == x:
        end += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (end - below)


def _tally(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _tally(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, best_count = None, 0
    for value, c in counts.items():
        if c > best_count:
            best, best_count = value, c
    return best


def multimode(data):
    counts = _tally(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread ----

def variance(data, xbar=None):
    T, ss, c, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if issubclass(T, Decimal):
        return _sqrt_ratio_decimal(mss.numerator, mss.denominator)
    return _sqrt_ratio_float(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, c, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if issubclass(T, Decimal):
        return _sqrt_ratio_decimal(mss.numerator, mss.denominator)
    return _sqrt_ratio_float(mss.numerator, mss.denominator)


def _mean_stdev(data):
    T, ss, xbar, n = _sum_squares(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _sqrt_ratio_float(mss.numerator, mss.denominator)
    except AttributeError:
        return float(xbar), float(xbar) / float(ss)


# ---- two inputs ----

def _centered_sums(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return n, xbar, ybar, sxy


def covariance(x, y, /):
    n, xbar, ybar, sxy = _centered_sums(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar, sxy = _centered_sums(x, y, 'correlation')
    sxx = fsum((d := xi - xbar) * d for xi in x)
    syy = fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum(xi * yi for xi, yi in zip(x, y))
        sxx = fsum(xi * xi for xi in x)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----

def _inv_cdf_standard(p):
    """The standard normal quantile: a starting guess refined by Newton steps on
    erfc (pycell's own method; CPython uses Wichura's AS241, results agree to about
    1e-15 relative)."""
    if p == 0.5:
        return 0.0
    q = p if p < 0.5 else 1.0 - p
    # tail-aware start (Abramowitz and Stegun 26.2.23)
    t = sqrt(-2.0 * log(q))
    x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
    x = -x  # quantile of q < 0.5 is negative
    last = float('inf')
    for _ in range(60):
        # f(x) = Phi(x) - q, written with erfc to keep relative accuracy in the tail
        cdf = 0.5 * math.erfc(-x / _SQRT2)
        density = exp(-0.5 * x * x) / sqrt(tau)
        if density == 0.0:
            break
        step = (cdf - q) / density
        # Newton converges quadratically: once a step stops shrinking, what is left
        # is rounding noise, so stop (otherwise all 60 rounds run)
        if abs(step) >= last:
            break
        x -= step
        last = abs(step)
        if abs(step) <= 1e-17 * max(1.0, abs(x)):
            break
    return x if p < 0.5 else -x


class NormalDist:
    'Normal distribution of a random variable'

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        'NormalDist where mu is the mean and sigma is the standard deviation.'
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        'Make a normal distribution instance from sample data.'
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        'Generate *n* samples for a given mean and standard deviation.'
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        'Probability density function.  P(x <= X < x+dx) / dx'
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        'Cumulative distribution function.  P(X <= x)'
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + self._sigma * _inv_cdf_standard(p)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        'Arithmetic mean of the normal distribution.'
        return self._mu

    @property
    def median(self):
        'Return the median of the normal distribution'
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        'Standard deviation of the normal distribution.'
        return self._sigma

    @property
    def variance(self):
        'Square of the standard deviation.'
        return self._sigma ** 2.0

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
