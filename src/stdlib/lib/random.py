"""pycell's random module: pseudo-random numbers and distributions.

Written for pycell from the documentation of CPython 3.11's module. The generator
core (Mersenne Twister, seeding, state) is the built-in type _random.Random; this
layer adds the documented methods on top of random() and getrandbits(), drawing
from the core in the same order as CPython so that a seed gives the same results.
"""

from math import (e as _e, exp as _exp, log as _log, pi as _pi, sqrt as _sqrt,
                  cos as _cos, sin as _sin, acos as _acos, floor as _floor,
                  isfinite as _isfinite)
from operator import index as _index
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate
from collections.abc import Sequence as _Sequence
import _random
from _random import _entropy as _urandom  # os.urandom's stand-in (tests patch it here)

__all__ = [
    'Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate',
    'gammavariate', 'gauss', 'getrandbits', 'getstate', 'lognormvariate',
    'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random',
    'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
    'uniform', 'vonmisesvariate', 'weibullvariate',
]

# Constants the documentation's algorithms rely on (names as in CPython).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)     # Kinderman-Monahan ratio bound
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)                 # Cheng's gamma algorithm
BPF = 53                                        # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
_ONE = 1                                        # sentinel default of randrange's step

_BAD_SEED = ('The only supported seed types are: None,\n'
             'int, float, str, bytes, and bytearray.')
_DEPRECATED_NONINT = ('non-integer arguments to randrange() have been deprecated '
                      'since Python 3.10 and will be removed in a subsequent version')


def _deprecation(text):
    import warnings
    # levels: here, _whole(), randrange(), then randrange's caller
    warnings.warn(text, DeprecationWarning, 4)


def _whole(value, which):
    """value as an int for randrange; floats equal to an int are deprecated."""
    try:
        return _index(value)
    except TypeError:
        pass
    converted = int(value)
    if converted != value:
        _deprecation('randrange() will raise TypeError in the future')
        raise ValueError('non-integer %s for randrange()' % which)
    _deprecation(_DEPRECATED_NONINT)
    return converted


def _version1_seed(text):
    """The integer seed that version 1 derived from a str or bytes."""
    if isinstance(text, (bytes, bytearray)):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for ch in text:
        acc = ((acc * 1000003) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _small_set_threshold(k):
    """Population size above which sample() tracks picks in a set.

    A k-element set costs about as much as a list of 21 plus the set's table
    (the first power of 4 reaching 3*k, for k > 5).
    """
    limit = 21
    if k > 5:
        table = 1
        while table < k * 3:
            table *= 4
        limit += table
    return limit


class Random(_random.Random):
    """Random number generator: the Mersenne Twister plus the distributions."""

    VERSION = 3     # version of the state tuple getstate() gives

    def __init__(self, x=None):
        """Seed the generator from x (None: from the system's entropy)."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        """Pick the _randbelow a subclass needs for the methods it overrides."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                break       # the class brings its own
            if 'getrandbits' in own:
                cls._randbelow = Random._randbelow_with_getrandbits
                break
            if 'random' in own:
                # only random() is trusted: build ints from floats
                cls._randbelow = Random._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        """Reinitialise the generator from an int, float, str, bytes or None."""
        textual = isinstance(a, (str, bytes, bytearray))
        if textual and version == 1 and not isinstance(a, bytearray):
            a = _version1_seed(a)
        elif textual and version == 2:
            raw = a.encode() if isinstance(a, str) else bytes(a)
            # the text followed by its SHA-512 digest, read as a big-endian int
            a = int.from_bytes(raw + _random._sha512(raw), 'big')
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError(_BAD_SEED)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        core = super().getstate()
        return (self.VERSION, core, self.gauss_next)

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version == 3:
            _, core, self.gauss_next = state
        elif version == 2:
            _, core, self.gauss_next = state
            # version 2 states may hold signed words
            try:
                core = tuple(word % 2 ** 32 for word in core)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError('state with version %s passed to Random.setstate() '
                             'of version %s' % (version, self.VERSION))
        super().setstate(core)

    # pickling goes through the state (the core type has no instance dict)
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (type(self), (), self.getstate())

    # -- integers -------------------------------------------------------------

    def _randbelow_with_getrandbits(self, n):
        """Uniform int in [0, n), by rejection sampling of n.bit_length() bits."""
        draw = self.getrandbits
        width = n.bit_length()
        candidate = draw(width)
        while candidate >= n:
            candidate = draw(width)
        return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Uniform int in [0, n) from random() alone (for subclasses)."""
        draw = self.random
        if n >= maxsize:
            import warnings
            warnings.warn('Underlying random() generator does not supply \n'
                          'enough bits to choose from a population range this '
                          'large.\nTo remove the range limitation, add a '
                          'getrandbits() method.')
            return _floor(draw() * n)
        # reject the top sliver of [0, 1) so every residue is equally likely
        # (n == 0: ZeroDivisionError from the %, as CPython's)
        cutoff = (maxsize - maxsize % n) / maxsize
        value = draw()
        while value >= cutoff:
            value = draw()
        return _floor(value * maxsize) % n

    # the default; __init_subclass__ may choose the other one for a subclass
    _randbelow = _randbelow_with_getrandbits  # noqa

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Random member of range(start, stop[, step])."""
        first = _whole(start, 'arg 1')
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if first > 0:
                return self._randbelow(first)
            raise ValueError('empty range for randrange()')
        last = _whole(stop, 'stop')
        span = last - first
        stride = _whole(step, 'step')
        if stride == 1:
            if span > 0:
                return first + self._randbelow(span)
            raise ValueError('empty range for randrange() (%d, %d, %d)'
                             % (first, last, span))
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # number of members of the range (ceiling division towards the stride)
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError('empty range for randrange()')
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Random integer in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # -- sequences ------------------------------------------------------------

    def choice(self, seq):
        """Random element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for hi in range(len(x) - 1, 0, -1):
            lo = below(hi + 1)
            x[hi], x[lo] = x[lo], x[hi]

    def sample(self, population, k, *, counts=None):
        """k distinct positions of a sequence, as a new list (counts repeat items)."""
        if not isinstance(population, _Sequence):  # sets and dicts are refused
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):     # float counts are refused
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, pick)] for pick in picks]
        below = self._randbelow
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        chosen = [None] * k
        if size <= _small_set_threshold(k):
            # partial Fisher-Yates on a copy: the last unpicked item fills the gap
            pool = list(population)
            for i in range(k):
                slot = below(size - i)
                chosen[i] = pool[slot]
                pool[slot] = pool[size - i - 1]
        else:
            taken = set()
            for i in range(k):
                slot = below(size)
                while slot in taken:
                    slot = below(size)
                taken.add(slot)
                chosen[i] = population[slot]
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = [*_accumulate(weights)]
            except TypeError:
                # choices(pop, 3) meant k=3, which must be given by keyword
                if isinstance(weights, int):
                    pass
                else:
                    raise
                k = weights
                raise TypeError('The number of choices must be a keyword '
                                f'argument: {k=}') from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # -- real-valued distributions -----------------------------------------------

    def uniform(self, a, b):
        """Random float between a and b."""
        span = b - a
        return a + span * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the middle)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # mirror the upper part onto the lower formula
            u, split = 1.0 - u, 1.0 - split
            low, high = high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller; values come in pairs)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            draw = self.random
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        exponent = self.normalvariate(mu, sigma)
        return _exp(exponent)

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        u = 1.0 - self.random()     # in (0, 1]: log is defined
        return -_log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution: angle around mu with concentration kappa."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        # Best and Fisher's rejection method
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            v = draw()
            if v < 1.0 - d * d or v <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        offset = _acos(f)
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta (both > 0)."""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha > 1.0:
            # R. C. H. Cheng, "The generation of Gamma variables with
            # non-integral shape parameters", Applied Statistics 26 (1977)
            spread = _sqrt(2.0 * alpha - 1.0)
            shift = alpha - LOG4
            slope = alpha + spread
            while True:
                u = draw()
                if not 1e-7 < u < 0.9999999:
                    continue
                w = 1.0 - draw()
                v = _log(u / (1.0 - u)) / spread
                x = alpha * _exp(v)
                z = u * u * w
                t = shift + slope * v - x
                if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
                    return x * beta
        if alpha == 1.0:
            # the exponential distribution with mean beta
            return -_log(1.0 - draw()) * beta
        # 0 < alpha < 1: algorithm GS (Ahrens and Dieter, via Kennedy & Gentle)
        while True:
            u = draw()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)   # p in (1, b)
            w = draw()
            if p > 1.0:
                if w <= x ** (alpha - 1.0):
                    return x * beta
            elif w <= _exp(-x):
                return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution on [0, 1] (from two gamma variates)."""
        left = self.gammavariate(alpha, 1.0)
        if not left:
            return 0.0
        return left / (left + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        power = -1.0 / alpha
        return u ** power

    def weibullvariate(self, alpha, beta):
        """Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        power = 1.0 / beta
        return alpha * (-_log(u)) ** power


class SystemRandom(Random):
    """Random numbers from the system's entropy source; no state, no seeding."""

    def random(self):
        """Float in [0, 1) from 53 fresh bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Int of k fresh random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        value = int.from_bytes(_urandom(nbytes), 'big')
        return value >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n fresh random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the entropy source cannot be seeded."""
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = _notimplemented
    setstate = _notimplemented


# The module-level functions are bound methods of one shared, hidden instance.
_inst = Random()
for _name in __all__[2:]:
    globals()[_name] = getattr(_inst, _name)
del _name
