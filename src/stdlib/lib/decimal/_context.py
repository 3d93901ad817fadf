"""Contexts: precision, rounding, exponent limits, flags and traps; the current
context."""

from ._signals import (Clamped, ConversionSyntax, DivisionByZero, FloatOperation,
    InvalidOperation, MAX_EMAX, MAX_PREC, MIN_EMIN, Overflow, ROUND_05UP,
    ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
    ROUND_HALF_UP, ROUND_UP, Underflow, _CONDITION_SIGNAL, _RAISE_ORDER, _ROUNDINGS,
    _SIGNALS, _SignalDict)
from ._number import (Decimal, _NAN, _convert, _fix_nan)
from ._arith import (_add, _div, _divmod, _finish, _mul, _power, _sqrt)


# ---- contexts ----

class Context(object):
    """Contains the context for a Decimal instance."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = _DEFAULTS
        self.prec = prec if prec is not None else base['prec']
        self.rounding = rounding if rounding is not None else base['rounding']
        self.Emin = Emin if Emin is not None else base['Emin']
        self.Emax = Emax if Emax is not None else base['Emax']
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        self.flags = _signal_dict(flags, [])
        self.traps = _signal_dict(traps, base['traps'])

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name == 'Emin':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not MIN_EMIN <= value <= 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if not 0 <= value <= MAX_EMAX:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        elif name in ('capitals', 'clamp'):
            if not isinstance(value, int):
                raise TypeError('an integer is required')
            if value not in (0, 1):
                raise ValueError('valid values for %s are [0, 1]' % name)
        elif name in ('flags', 'traps'):
            if not isinstance(value, dict):
                raise TypeError('argument must be a signal dict')
        elif name not in ('_ignored',):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, self.flags.copy(), self.traps.copy())

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self.flags.get(s)]
        traps = [s for s in _SIGNALS if self.traps.get(s)]
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax,
                                 self.capitals, self.clamp, flags, traps))

    def clear_flags(self):
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _signal(self, condition, result):
        """Record a condition; raise it when its signal is trapped, else return result."""
        self._conditions([condition])
        return result

    def _conditions(self, conditions):
        """Set the flags of all conditions one operation raised; when some are trapped,
        raise the first trapped signal (in _RAISE_ORDER) listing every trapped one."""
        trapped = []
        for cond in conditions:
            sig = _CONDITION_SIGNAL.get(cond, cond)
            dict.__setitem__(self.flags, sig, True)
            if self.traps.get(sig) and cond not in trapped:
                trapped.append(cond)
        if trapped:
            trapped.sort(key=lambda c: _RAISE_ORDER.index(_CONDITION_SIGNAL.get(c, c)))
            raise _CONDITION_SIGNAL.get(trapped[0], trapped[0])(trapped)

    def _flag_float(self, ordering=True):
        # equality with a float only records the flag; constructors and ordering trap
        dict.__setitem__(self.flags, FloatOperation, True)
        if ordering and self.traps.get(FloatOperation):
            raise FloatOperation([FloatOperation])

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._signal(ConversionSyntax, _NAN)
        d = Decimal(num, context=self)
        if d.is_nan():
            return _fix_nan(d, self)
        return _finish(d, self)

    def create_decimal_from_float(self, f):
        return _finish(Decimal.from_float(f), self)

    def to_sci_string(self, a):
        return str(_convert(a))

    def to_eng_string(self, a):
        return _convert(a).to_eng_string()

    def to_integral_value(self, a):
        return _convert(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a).to_integral_exact(context=self)

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_convert(a), _convert(b), self, False)

    def subtract(self, a, b):
        return _add(_convert(a), _convert(b), self, True)

    def multiply(self, a, b):
        return _mul(_convert(a), _convert(b), self)

    def divide(self, a, b):
        return _div(_convert(a), _convert(b), self)

    def divide_int(self, a, b):
        return _divmod(_convert(a), _convert(b), self, 'q')[0]

    def remainder(self, a, b):
        return _divmod(_convert(a), _convert(b), self, 'r')[1]

    def divmod(self, a, b):
        return _divmod(_convert(a), _convert(b), self)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            raise NotImplementedError('decimal: three-argument pow()')
        return _power(_convert(a), _convert(b), self)

    def plus(self, a):
        return _convert(a).__pos__(context=self)

    def minus(self, a):
        return _convert(a).__neg__(context=self)

    def sqrt(self, a):
        return _sqrt(_convert(a), self)

    def exp(self, a):
        return _convert(a).exp(context=self)

    def ln(self, a):
        return _convert(a).ln(context=self)

    def log10(self, a):
        return _convert(a).log10(context=self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a).compare(b, context=self)

    def max(self, a, b):
        return _convert(a).max(b, context=self)

    def min(self, a, b):
        return _convert(a).min(b, context=self)

    def normalize(self, a):
        return _convert(a).normalize(context=self)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, context=self)

    def copy_abs(self, a):
        return _convert(a).copy_abs()

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a))

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def number_class(self, a):
        return _convert(a).number_class(context=self)

    def next_plus(self, a):
        return _convert(a).next_plus(context=self)

    def next_minus(self, a):
        return _convert(a).next_minus(context=self)

    def scaleb(self, a, b):
        return _convert(a).scaleb(b, context=self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(b)

    def radix(self):
        return Decimal(10)

    def compare_total(self, a, b):
        return _convert(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a).compare_total_mag(b)

    def remainder_near(self, a, b):
        return _convert(a).remainder_near(b, context=self)

    def logical_and(self, a, b):
        return _convert(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _convert(a).logical_invert(context=self)

    def rotate(self, a, b):
        return _convert(a).rotate(b, context=self)

    def shift(self, a, b):
        return _convert(a).shift(b, context=self)


def _signal_dict(given, default_on):
    d = _SignalDict({s: False for s in _SIGNALS})
    if given is None:
        for s in default_on:
            dict.__setitem__(d, s, True)
    elif isinstance(given, dict):
        for k, v in given.items():
            d[k] = v
    else:
        for s in given:
            d[s] = True
    return d


_DEFAULTS = {'prec': 28, 'rounding': ROUND_HALF_EVEN, 'Emin': -999999, 'Emax': 999999,
             'traps': [DivisionByZero, Overflow, InvalidOperation]}

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = [None]


def getcontext():
    """Returns this thread's context."""
    if _current[0] is None:
        _current[0] = DefaultContext.copy()
    return _current[0]


def setcontext(context):
    """Set this thread's context to context."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        if name in ('flags', 'traps'):
            value = _signal_dict(value, [])
        setattr(new, name, value)
    return _ContextManager(new)
