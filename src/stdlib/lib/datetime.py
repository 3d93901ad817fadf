"""datetime for pycell: dates, times, durations and fixed-offset time zones, written
from the library documentation and black-box comparison with CPython. Calendar
arithmetic and strftime/strptime live in _pycell_timefmt, shared with time."""

import time as _time
import math as _math
import operator as _operator
import _pycell_timefmt as _cal

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_LAST_ORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_MICROS_PER_SECOND = 1000000
_MICROS_PER_DAY = 86400 * _MICROS_PER_SECOND
_MISSING = object()


# ---------------------------------------------------------------- small helpers

def _whole(value):
    """An integer argument: int itself or anything with __index__."""
    if type(value) is int:
        return value
    return _operator.index(value)


def _qualified(obj):
    # CPython's C types are named 'datetime.X'; subclasses go by their bare name
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__name__


def _valid_date(year, month, day):
    year, month, day = _whole(year), _whole(month), _whole(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if month < 1 or month > 12:
        raise ValueError('month must be in 1..12')
    if day < 1 or day > _cal.days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _valid_time(hour, minute, second, microsecond, fold):
    hour, minute = _whole(hour), _whole(minute)
    second, microsecond = _whole(second), _whole(microsecond)
    for name, value, top in (('hour', hour, 23), ('minute', minute, 59),
                             ('second', second, 59),
                             ('microsecond', microsecond, 999999)):
        if value < 0 or value > top:
            raise ValueError('%s must be in 0..%d' % (name, top))
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _valid_zone(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                        'not type %r' % type(tz).__name__)


def _nearest_even(num, den):
    """num/den rounded to the nearest integer, ties to even (den > 0)."""
    low, rest = divmod(num, den)
    twice = 2 * rest
    if twice > den or (twice == den and low % 2 == 1):
        low += 1
    return low


def _as_ratio(value):
    """(numerator, denominator) of an int or float, exactly."""
    if isinstance(value, int):
        return int(value), 1
    return value.as_integer_ratio()


def _hms_text(hh, mm, ss, us, timespec):
    """HH[:MM[:SS[.fff|.ffffff]]] as isoformat's timespec asks."""
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _offset_text(delta, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a UTC offset; '' for None."""
    if delta is None:
        return ''
    sign = '+'
    if delta.days < 0:
        sign = '-'
        delta = -delta
    minutes, seconds = divmod(delta.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or delta.microseconds:
        text += '%s%02d' % (sep, seconds)
        if delta.microseconds:
            text += '.%06d' % delta.microseconds
    return text


def _checked_offset(what, value):
    """Validate what a tzinfo's utcoffset() or dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError('tzinfo.%s() must return None or timedelta, not %r'
                        % (what, type(value).__name__))
    if not -_DAY < value < _DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return value


def _ask_zone(tzinfo, query, when):
    """A tzinfo's utcoffset/dst/tzname answer for `when` (None for a time), checked;
    None without a tzinfo."""
    if tzinfo is None:
        return None
    answer = getattr(tzinfo, query)(when)
    return _checked_name(answer) if query == 'tzname' else _checked_offset(query, answer)


def _checked_name(value):
    if value is not None and not isinstance(value, str):
        raise TypeError('tzinfo.tzname() must return None or a string, not %r'
                        % type(value).__name__)
    return value


def _format_spec_check(fmt):
    if not isinstance(fmt, str):
        raise TypeError('format() argument 2 must be str, not %s' % type(fmt).__name__)


def _render(fmt, timetuple, microsecond, offset, zone):
    """strftime with the datetime-only directives %f, %z and %Z resolved first."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % type(fmt).__name__)
    pieces = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            pieces.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == 'f':
            pieces.append('%06d' % microsecond)
        elif code == 'z':
            pieces.append(_offset_text(offset, '').replace('%', '%%'))
        elif code == 'Z':
            pieces.append((zone or '').replace('%', '%%'))
        else:
            pieces.append('%' + code)
    return _cal.strftime(''.join(pieces), timetuple)


def _struct(y, m, d, hh, mi, ss, dst):
    ordinal = _cal.ymd_to_ord(y, m, d)
    yday = ordinal - _cal.ymd_to_ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mi, ss, (ordinal + 6) % 7, yday, dst))


# ---------------------------------------------------------------- timedelta

def _span_or_none(value):
    """Total microseconds of a timedelta; None for anything else."""
    return value._total() if isinstance(value, timedelta) else None


_UNITS = (('days', _MICROS_PER_DAY), ('seconds', _MICROS_PER_SECOND),
          ('microseconds', 1), ('milliseconds', 1000), ('minutes', 60000000),
          ('hours', 3600000000), ('weeks', 7 * _MICROS_PER_DAY))


class timedelta:
    """A duration, stored as days, seconds (< 86400) and microseconds (< 10**6)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        given = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        # integers add exactly; each float is split into whole microseconds and a
        # fractional rest, and the rests are summed and rounded once (half even)
        total = 0
        rests = 0.0
        for (name, scale), value in zip(_UNITS, given):
            if isinstance(value, int):
                total += value * scale
                continue
            if not isinstance(value, float):
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
            if not _math.isfinite(value):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                raise OverflowError('cannot convert float infinity to integer')
            part, whole = _math.modf(value)
            total += int(whole) * scale
            part, whole = _math.modf(part * scale)
            total += int(whole)
            rests += part
        if rests:
            # ties go to the even total, so the integer part is added first
            floor = _math.floor(rests)
            total += int(floor)
            excess = rests - floor
            if excess > 0.5 or (excess == 0.5 and total % 2 == 1):
                total += 1
        return cls._from_micros(total)

    @classmethod
    def _from_micros(cls, total):
        days, rest = divmod(total, _MICROS_PER_DAY)
        if abs(days) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
        seconds, micros = divmod(rest, _MICROS_PER_SECOND)
        made = object.__new__(cls)
        made._days = days
        made._seconds = seconds
        made._microseconds = micros
        made._hashcode = -1
        return made

    def _total(self):
        return (self._days * 86400 + self._seconds) * _MICROS_PER_SECOND + \
            self._microseconds

    @property
    def days(self):
        """Whole days (may be negative)."""
        return self._days

    @property
    def seconds(self):
        """Seconds within the day, 0..86399."""
        return self._seconds

    @property
    def microseconds(self):
        """Microseconds within the second, 0..999999."""
        return self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._total() / _MICROS_PER_SECOND

    def __repr__(self):
        parts = []
        for name in ('days', 'seconds', 'microseconds'):
            value = getattr(self, name)
            if value:
                parts.append('%s=%d' % (name, value))
        return '%s(%s)' % (_qualified(self), ', '.join(parts) or '0')

    def __str__(self):
        minutes, secs = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = '%d:%02d:%02d' % (hours, minutes, secs)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        if self._days:
            unit = 'day' if abs(self._days) == 1 else 'days'
            text = '%d %s, %s' % (self._days, unit, text)
        return text

    # arithmetic: results are plain timedelta, whatever the operands' classes
    def __add__(self, other):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_micros(self._total() + theirs)

    __radd__ = __add__

    def __sub__(self, other):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_micros(self._total() - theirs)

    def __rsub__(self, other):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_micros(theirs - self._total())

    def __neg__(self):
        return timedelta._from_micros(-self._total())

    def __pos__(self):
        return timedelta._from_micros(self._total())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if type(other) is int or isinstance(other, int):
            return timedelta._from_micros(self._total() * other)
        if type(other) is float or isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_micros(_nearest_even(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        theirs = _span_or_none(other)
        if theirs is not None:
            return self._total() // theirs
        if type(other) is int or isinstance(other, int):
            return timedelta._from_micros(self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        theirs = _span_or_none(other)
        if theirs is not None:
            return self._total() / theirs
        if type(other) is int or isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            num, den = other, 1
        elif type(other) is float or isinstance(other, float):
            num, den = other.as_integer_ratio()
        else:
            return NotImplemented
        if num == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        if num < 0:
            num, den = -num, -den
        return timedelta._from_micros(_nearest_even(self._total() * den, num))

    def __mod__(self, other):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        return timedelta._from_micros(self._total() % theirs)

    def __divmod__(self, other):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        quotient, remainder = divmod(self._total(), theirs)
        return quotient, timedelta._from_micros(remainder)

    # comparisons only between durations
    def _against(self, other, test):
        theirs = _span_or_none(other)
        if theirs is None:
            return NotImplemented
        return test(self._total(), theirs)

    def __eq__(self, other):
        return self._against(other, _operator.eq)

    def __lt__(self, other):
        return self._against(other, _operator.lt)

    def __le__(self, other):
        return self._against(other, _operator.le)

    def __gt__(self, other):
        return self._against(other, _operator.gt)

    def __ge__(self, other):
        return self._against(other, _operator.ge)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('td', self._total()))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_TICK = timedelta(microseconds=1)
timedelta.min = timedelta._from_micros(-999999999 * _MICROS_PER_DAY)
timedelta.max = timedelta._from_micros(1000000000 * _MICROS_PER_DAY - 1)
timedelta.resolution = _TICK
_DAY = timedelta(1)
_ZERO = timedelta(0)


# ---------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base of time zone information objects."""

    __slots__ = ()

    def tzname(self, dt):
        """Name of the zone at dt."""
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        """Offset of local time from UTC at dt, east positive."""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """Daylight saving adjustment at dt."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Convert dt, a UTC time labelled with this zone, to local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        saving = dt.dst()
        if saving is None:
            raise ValueError('fromutc: non-None dst() result required')
        # standard time = local - dst; shift by it, then re-read dst there
        standard = offset - saving
        if standard:
            dt = dt + standard
            saving = dt.dst()
            if saving is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; '
                                 'cannot convert')
        return dt + saving

    def __reduce__(self):
        maker = getattr(self, '__getinitargs__', None)
        args = maker() if maker is not None else ()
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


_zone_base = tzinfo


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, '
                            'not %s' % type(offset).__name__)
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % type(name).__name__)
        if not -_DAY < offset < _DAY:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), '
                             'not %r.' % (offset,))
        if name is None and not offset and cls is timezone and '_utc' in globals():
            return _utc
        return cls._make(offset, name)

    @classmethod
    def _make(cls, offset, name):
        zone = tzinfo.__new__(cls)
        zone._offset = offset
        zone._name = name
        return zone

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_qualified(self), self._offset)
        return '%s(%r, %r)' % (_qualified(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _argument_ok(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, '
                            'not %s' % (method, type(dt).__name__))

    def utcoffset(self, dt):
        """The fixed offset."""
        self._argument_ok(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        """The given name, or 'UTC' followed by the offset."""
        self._argument_ok(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _offset_text(self._offset)

    def dst(self, dt):
        """Always None: a fixed offset has no daylight saving."""
        self._argument_ok(dt, 'dst')
        return None

    def fromutc(self, dt):
        """UTC time dt shifted by the offset."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() argument must be a datetime instance or None')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_utc = timezone._make(_ZERO, None)
timezone.utc = _utc
timezone.min = timezone._make(-timedelta(hours=23, minutes=59), None)
timezone.max = timezone._make(timedelta(hours=23, minutes=59), None)
UTC = _utc


# ---------------------------------------------------------------- ISO 8601 parsing

def _bad_iso(text):
    return ValueError('Invalid isoformat string: %r' % (text,))


def _number(text, start, count):
    """int of exactly count ASCII digits at start, or None."""
    chunk = text[start:start + count]
    if len(chunk) != count or not all('0' <= c <= '9' for c in chunk):
        return None
    return int(chunk)


def _date_fields(text, whole):
    """(year, month, day) of a complete ISO date string; whole is for errors."""
    size = len(text)
    year = _number(text, 0, 4)
    if year is None:
        raise _bad_iso(whole)
    if size == 10 and text[4] == '-' and text[7] == '-' and text[5] != 'W':
        month, day = _number(text, 5, 2), _number(text, 8, 2)
    elif size == 8 and text[4] != 'W' and text[4] != '-':
        month, day = _number(text, 4, 2), _number(text, 6, 2)
    else:
        # week dates: YYYY-Www[-D] or YYYYWww[D]
        rest = text[4:]
        if rest[:1] == '-':
            rest = rest[1:]
            extended = True
        else:
            extended = False
        if rest[:1] != 'W' or len(rest) not in (3, 4, 5):
            raise _bad_iso(whole)
        week = _number(rest, 1, 2)
        weekday = 1
        if len(rest) > 3:
            tail = rest[3:]
            if extended:
                if tail[:1] != '-' or len(tail) != 2:
                    raise _bad_iso(whole)
                tail = tail[1:]
            elif len(tail) != 1:
                raise _bad_iso(whole)
            weekday = _number(tail, 0, 1)
        if week is None or weekday is None:
            raise _bad_iso(whole)
        try:
            return _from_iso_week(year, week, weekday)
        except ValueError:
            raise _bad_iso(whole) from None
    if month is None or day is None:
        raise _bad_iso(whole)
    return year, month, day


def _date_length(text):
    """How many leading characters of an ISO datetime string are the date."""
    if len(text) > 4 and text[4] == '-':
        if text[5:6] == 'W':
            if text[8:9] == '-' and text[9:10].isdigit():
                return 10
            return 8
        return 10
    if text[4:5] == 'W':
        # YYYYWww or YYYYWwwD, then any separator (a digit too): the parity of
        # the digit run after 'Www' tells whether it starts with a weekday
        run = 0
        while text[7 + run:8 + run].isdigit():
            run += 1
        if run <= 1:
            return 7 + run
        return 8 if run % 2 == 0 else 7
    return 8


def _clock_fields(text, whole):
    """(hour, minute, second, microsecond, tzinfo) of an ISO time string."""
    cut = len(text)
    for mark in 'Z+-':
        found = text.find(mark)
        if found != -1 and found < cut:
            cut = found
    clock, zone_text = text[:cut], text[cut:]
    fields = _hms_fields(clock, whole)
    zone = None
    if zone_text:
        if zone_text == 'Z':
            zone = _utc
        else:
            sign = -1 if zone_text[0] == '-' else 1
            parts = _hms_fields(zone_text[1:], whole)
            span = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                             microseconds=parts[3])
            zone = _utc if not span else timezone(sign * span)
    return fields + (zone,)


def _hms_fields(text, whole):
    """HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] → [hour, minute, second, micro]."""
    values = [0, 0, 0, 0]
    extended = text[2:3] == ':'
    pos = 0
    for slot in range(3):
        value = _number(text, pos, 2)
        if value is None:
            raise _bad_iso(whole)
        values[slot] = value
        pos += 2
        if pos == len(text):
            return tuple(values)
        if text[pos] in '.,':
            break
        if extended:
            if text[pos] != ':':
                raise _bad_iso(whole)
            pos += 1
    if slot != 2 or text[pos:pos + 1] not in ('.', ','):
        raise _bad_iso(whole)
    digits = text[pos + 1:]
    if not digits or not all('0' <= c <= '9' for c in digits):
        raise _bad_iso(whole)
    digits = digits[:6]
    values[3] = int(digits) * 10 ** (6 - len(digits))
    return tuple(values)


def _from_iso_week(year, week, weekday):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    last_week = 52
    if _cal.iso_calendar(year, 12, 28)[1] == 53:
        last_week = 53
    if not 0 < week <= last_week:
        raise ValueError('Invalid week: %d' % week)
    if not 0 < weekday < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % weekday)
    ordinal = _cal.iso_week1_monday(year) + (week - 1) * 7 + weekday - 1
    return _cal.ord_to_ymd(ordinal)


# ---------------------------------------------------------------- pickling states

def _state_bytes(state):
    if isinstance(state, str):
        return state.encode('latin1')
    return state


def _looks_like_state(value, size, check):
    if isinstance(value, (bytes, str)) and len(value) == size:
        raw = _state_bytes(value)
        return check(raw)
    return False


# ---------------------------------------------------------------- comparisons

def _comparisons(owner):
    """The six rich comparisons of class `owner`, all answered by
    self._relation(other, test). Each class gets functions of its own: a
    datetime's must differ from date's for Python to try its reflected
    comparison first when a plain date is on the left."""
    def __eq__(self, other):
        return self._relation(other, _operator.eq)

    def __ne__(self, other):
        same = self._relation(other, _operator.eq)
        return same if same is NotImplemented else not same

    def __lt__(self, other):
        return self._relation(other, _operator.lt)

    def __le__(self, other):
        return self._relation(other, _operator.le)

    def __gt__(self, other):
        return self._relation(other, _operator.gt)

    def __ge__(self, other):
        return self._relation(other, _operator.ge)

    made = (__eq__, __ne__, __lt__, __le__, __gt__, __ge__)
    for method in made:
        method.__qualname__ = owner + '.' + method.__name__
    return made


# ---------------------------------------------------------------- date

class date:
    """A calendar date (proleptic Gregorian)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=_MISSING, day=_MISSING):
        if month is _MISSING and _looks_like_state(
                year, 4, lambda raw: 1 <= raw[2] <= 12):
            raw = _state_bytes(year)
            return cls._build(raw[0] * 256 + raw[1], raw[2], raw[3])
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        return cls._build(*_valid_date(year, month, day))

    @classmethod
    def _build(cls, year, month, day):
        made = object.__new__(cls)
        made._year = year
        made._month = month
        made._day = day
        made._hashcode = -1
        return made

    year = property(lambda self: self._year, doc='year (1-9999)')
    month = property(lambda self: self._month, doc='month (1-12)')
    day = property(lambda self: self._day, doc='day (1-31)')

    # -- alternative constructors
    @classmethod
    def fromtimestamp(cls, t):
        """Local date of a POSIX timestamp."""
        parts = _time.localtime(t)
        return cls(parts[0], parts[1], parts[2])

    @classmethod
    def today(cls):
        """The current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Date of a proleptic Gregorian ordinal (day 1 is 0001-01-01)."""
        n = _whole(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _LAST_ORDINAL:
            raise ValueError('year %d is out of range' % _cal.ord_to_ymd(n)[0])
        return cls(*_cal.ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse YYYY-MM-DD, YYYYMMDD or an ISO week date."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        return cls(*_date_fields(date_string, date_string))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Date of an ISO year, week number and weekday."""
        return cls(*_from_iso_week(year, week, day))

    # -- views
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_qualified(self), self._year, self._month,
                                   self._day)

    def isoformat(self):
        """YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """'Sat Jan  1 00:00:00 2000' style."""
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_cal.DAY_ABBR[wd],
                                            _cal.MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format with strftime directives."""
        return _render(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        _format_spec_check(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """time.struct_time of midnight on this date."""
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal."""
        return _cal.ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday 7."""
        return self.weekday() + 1

    def isocalendar(self):
        """Named tuple (year, week, weekday) of the ISO calendar."""
        return _IsoCalendarDate(*_cal.iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        """Copy with some fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    # -- comparisons: plain dates only; a datetime never equals a date
    def _plain_pair(self, other):
        # an explicit date.__eq__(some_datetime) compares the date parts
        return isinstance(other, date) and not isinstance(self, datetime)

    def _key(self):
        return (self._year, self._month, self._day)

    def _relation(self, other, test):
        if self._plain_pair(other):
            return test(self._key(), other._key())
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons('date')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date',) + self._key())
        return self._hashcode

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 0 < ordinal <= _LAST_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self)(*_cal.ord_to_ymd(ordinal))
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    # -- pickling
    def _state(self):
        high, low = divmod(self._year, 256)
        return bytes([high, low, self._month, self._day])

    def __reduce__(self):
        return (type(self), (self._state(),))


date.min, date.max = date(MINYEAR, 1, 1), date(MAXYEAR, 12, 31)
date.resolution = _DAY


class _IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar()."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        # pickles as a plain tuple, as CPython does
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                % tuple(self))


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# ---------------------------------------------------------------- time

class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if _looks_like_state(hour, 6, lambda raw: (raw[0] & 0x7F) < 24):
            raw = _state_bytes(hour)
            if minute and not isinstance(minute, _zone_base):
                raise TypeError('bad tzinfo state arg')
            micro = (raw[3] << 16) | (raw[4] << 8) | raw[5]
            return cls._build(raw[0] & 0x7F, raw[1], raw[2], micro,
                              minute if minute else None, 1 if raw[0] > 127 else 0)
        fields = _valid_time(hour, minute, second, microsecond, fold)
        _valid_zone(tzinfo)
        return cls._build(fields[0], fields[1], fields[2], fields[3], tzinfo,
                          fields[4])

    @classmethod
    def _build(cls, hour, minute, second, microsecond, tz, fold):
        made = object.__new__(cls)
        made._hour = hour
        made._minute = minute
        made._second = second
        made._microsecond = microsecond
        made._tzinfo = tz
        made._fold = fold
        made._hashcode = -1
        return made

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def _micros(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * \
            _MICROS_PER_SECOND + self._microsecond

    # -- zone queries (a time has no date, so tzinfo methods get None)
    def utcoffset(self):
        """The zone's UTC offset, or None."""
        return _ask_zone(self._tzinfo, 'utcoffset', None)

    def dst(self):
        """The zone's DST adjustment, or None."""
        return _ask_zone(self._tzinfo, 'dst', None)

    def tzname(self):
        """The zone's name, or None."""
        return _ask_zone(self._tzinfo, 'tzname', None)

    # -- comparisons
    def _compare(self, other, equality):
        """-1/0/1, or None for an unequal naive/aware pair under ==."""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._micros(), other._micros()
        else:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                if equality:
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            mine, theirs = self._micros(), other._micros()
            if off1 is not None:
                mine -= off1._total()
                theirs -= off2._total()
        return (mine > theirs) - (mine < theirs)

    def _relation(self, other, test):
        if not isinstance(other, time):
            return NotImplemented
        sign = self._compare(other, test is _operator.eq)
        if sign is None:
            return False
        return test(sign, 0)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons('time')

    def __hash__(self):
        if self._hashcode == -1:
            base = self if not self._fold else self.replace(fold=0)
            offset = base.utcoffset()
            shift = 0 if offset is None else offset._total()
            self._hashcode = hash(('time', base._micros() - shift))
        return self._hashcode

    # -- text
    def __repr__(self):
        fields = [self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 2 and fields[-1] == 0:
            fields.pop()
        text = '%s(%s' % (_qualified(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def isoformat(self, timespec='auto'):
        """HH:MM:SS[.ffffff][+HH:MM]."""
        return _hms_text(self._hour, self._minute, self._second, self._microsecond,
                         timespec) + _offset_text(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Parse the time forms isoformat() writes (and the ISO basic forms)."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            hh, mm, ss, us, tz = _clock_fields(text, time_string)
        except ValueError as problem:
            if str(problem).startswith('Invalid isoformat'):
                raise
            raise _bad_iso(time_string) from None
        return cls(hh, mm, ss, us, tz)

    def strftime(self, fmt):
        """Format with strftime directives; the date fields are 1900-01-01."""
        stamp = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _render(fmt, stamp, self._microsecond, self.utcoffset(),
                       self.tzname())

    def __format__(self, fmt):
        _format_spec_check(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Copy with some fields changed (tzinfo=None makes it naive)."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _state(self, protocol):
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        return bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255,
                      us & 255])

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time()
time.max = time(23, 59, 59, 10 ** 6 - 1)
time.resolution = _TICK


# ---------------------------------------------------------------- local time

def _local_offset(seconds):
    """UTC offset (seconds) of the host's local time at a POSIX time."""
    return _time.localtime(seconds).tm_gmtoff


def _local_fields(seconds):
    return tuple(_time.localtime(seconds)[:6])


def _local_to_posix(wall, fold):
    """POSIX seconds for local wall-clock seconds 'wall' (counted from the epoch
    as if local time were UTC); fold picks the later of two readings."""
    before = _local_offset(wall - 86400)
    after = _local_offset(wall + 86400)
    answers = []
    for offset in (before, after):
        guess = wall - offset
        if _local_offset(guess) == offset and guess not in answers:
            answers.append(guess)
    if not answers:
        # a skipped wall time: fold 0 reads it with the offset before the gap
        return wall - (before if fold == 0 else after)
    answers.sort()
    return answers[-1] if fold and len(answers) > 1 else answers[0]


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=_MISSING, day=_MISSING, hour=0, minute=0,
                second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _looks_like_state(year, 10, lambda raw: 1 <= (raw[2] & 0x7F) <= 12):
            raw = _state_bytes(year)
            zone = None if month is _MISSING else month
            if zone is not None and not isinstance(zone, _zone_base):
                raise TypeError('bad tzinfo state arg')
            micro = (raw[7] << 16) | (raw[8] << 8) | raw[9]
            return cls._build(raw[0] * 256 + raw[1], raw[2] & 0x7F, raw[3],
                              raw[4], raw[5], raw[6], micro, zone,
                              1 if raw[2] > 127 else 0)
        if month is _MISSING:
            raise TypeError("function missing required argument 'month' (pos 2)")
        if day is _MISSING:
            raise TypeError("function missing required argument 'day' (pos 3)")
        y, mo, d = _valid_date(year, month, day)
        hh, mi, ss, us, fold = _valid_time(hour, minute, second, microsecond, fold)
        _valid_zone(tzinfo)
        return cls._build(y, mo, d, hh, mi, ss, us, tzinfo, fold)

    @classmethod
    def _build(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0,
               tz=None, fold=0):
        made = object.__new__(cls)
        made._year = year
        made._month = month
        made._day = day
        made._hour = hour
        made._minute = minute
        made._second = second
        made._microsecond = microsecond
        made._tzinfo = tz
        made._fold = fold
        made._hashcode = -1
        return made

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- alternative constructors
    @classmethod
    def _from_posix(cls, t, as_utc, tz):
        if isinstance(t, float):
            if t != t:
                raise ValueError('Invalid value NaN (not a number)')
            if t in (_math.inf, -_math.inf):
                raise OverflowError('timestamp out of range for platform time_t')
            fraction, whole = _math.modf(t)
            micro = round(fraction * 1e6)
            whole = int(whole)
            if micro >= 1000000:
                whole, micro = whole + 1, micro - 1000000
            elif micro < 0:
                whole, micro = whole - 1, micro + 1000000
        else:
            whole, micro = _whole(t), 0
        if as_utc:
            fields = tuple(_time.gmtime(whole)[:6])
        else:
            fields = _local_fields(whole)
        y, mo, d, hh, mi, ss = fields
        made = cls(y, mo, d, hh, mi, min(ss, 59), micro, tz)
        if tz is None and not as_utc:
            # the same wall time an offset-change earlier means this is the repeat
            now_off = _local_offset(whole)
            then_off = _local_offset(whole - 86400)
            if then_off > now_off:
                earlier = whole - (then_off - now_off)
                if _local_fields(earlier) == fields:
                    made = made.replace(fold=1)
        return made

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Local (or tz's) date and time of a POSIX timestamp."""
        _valid_zone(tz)
        made = cls._from_posix(t, tz is not None, tz)
        if tz is not None:
            made = tz.fromutc(made)
        return made

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC date and time of a POSIX timestamp."""
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current time, local or in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        """The current local time."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """A datetime from a date and a time (and optionally another tzinfo)."""
        if not isinstance(date, _date_type):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_type):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Parse the ISO 8601 forms of Python 3.11."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise _bad_iso(date_string)
        split = _date_length(date_string)
        y, mo, d = _date_fields(date_string[:split], date_string)
        hh = mi = ss = us = 0
        tz = None
        if len(date_string) > split:
            clock = date_string[split + 1:]
            if not clock:
                raise _bad_iso(date_string)
            try:
                hh, mi, ss, us, tz = _clock_fields(clock, date_string)
            except ValueError as problem:
                if str(problem).startswith('Invalid isoformat'):
                    raise
                raise _bad_iso(date_string) from None
        return cls(y, mo, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format (strptime directives)."""
        (y, mo, d, hh, mi, ss, _wd, _yd, _dst, us, gmtoff,
         zone) = _cal.strptime_fields(date_string, format)
        tz = None
        if gmtoff is not None:
            if isinstance(gmtoff, tuple):
                span = timedelta(seconds=gmtoff[0], microseconds=gmtoff[1])
            else:
                span = timedelta(seconds=gmtoff)
            tz = timezone(span, zone) if zone else timezone(span)
        return cls(y, mo, d, hh, mi, ss, us, tz)

    # -- parts
    def date(self):
        """The date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """The time part, naive."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        """The time part with this tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Copy with some fields changed (tzinfo=None makes it naive)."""
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month),
                          pick(day, self._day), pick(hour, self._hour),
                          pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond),
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    # -- zone queries
    def utcoffset(self):
        """The zone's UTC offset at this time, or None."""
        return _ask_zone(self._tzinfo, 'utcoffset', self)

    def dst(self):
        """The zone's DST adjustment at this time, or None."""
        return _ask_zone(self._tzinfo, 'dst', self)

    def tzname(self):
        """The zone's name at this time, or None."""
        return _ask_zone(self._tzinfo, 'tzname', self)

    # -- conversions
    def timetuple(self):
        """time.struct_time of this local time (tm_isdst from dst())."""
        saving = self.dst()
        flag = -1 if saving is None else (1 if saving else 0)
        return _struct(self._year, self._month, self._day, self._hour,
                       self._minute, self._second, flag)

    def utctimetuple(self):
        """time.struct_time of this time in UTC (tm_isdst 0)."""
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = self - offset
        return _struct(moment._year, moment._month, moment._day, moment._hour,
                       moment._minute, moment._second, 0)

    def _wall_seconds(self):
        # seconds since 1970-01-01 of the naive fields
        days = self.toordinal() - 719163
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        """POSIX timestamp (naive datetimes are local time)."""
        if self._tzinfo is None:
            posix = _local_to_posix(self._wall_seconds(), self._fold)
            return posix + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _host_zone(self):
        if self._tzinfo is None:
            posix = _local_to_posix(self._wall_seconds(), self._fold)
        else:
            posix = (self - _EPOCH) // timedelta(seconds=1)
        now = _time.localtime(posix)
        return timezone(timedelta(seconds=now.tm_gmtoff), now.tm_zone)

    def astimezone(self, tz=None):
        """The same moment expressed in tz (the host's zone by default)."""
        if tz is None:
            tz = self._host_zone()
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                            'not type %r' % type(tz).__name__)
        mine = self._tzinfo
        if mine is None:
            mine = self._host_zone()
            offset = mine.utcoffset(self)
        else:
            offset = mine.utcoffset(self)
            if offset is None:
                mine = self.replace(tzinfo=None)._host_zone()
                offset = mine.utcoffset(self)
        if tz is mine:
            return self
        as_utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(as_utc)

    # -- text
    def ctime(self):
        """'Sat Jan  1 00:00:00 2000' style."""
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _cal.DAY_ABBR[wd], _cal.MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, '
                            'not %s' % type(sep).__name__)
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _hms_text(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
                + _offset_text(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        text = '%s(%s' % (_qualified(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, fmt):
        """Format with strftime directives."""
        return _render(fmt, self.timetuple(), self._microsecond, self.utcoffset(),
                       self.tzname())

    # -- comparisons
    def _micros(self):
        return self.toordinal() * _MICROS_PER_DAY + time._micros(self)

    def _compare(self, other, equality):
        """-1/0/1, or None for == between naive and aware or ambiguous times."""
        if self._tzinfo is other._tzinfo:
            mine, theirs = self._micros(), other._micros()
            return (mine > theirs) - (mine < theirs)
        off1, off2 = self.utcoffset(), other.utcoffset()
        if equality:
            # a time whose offset depends on fold never equals one in another zone
            if off1 != self.replace(fold=1 - self._fold).utcoffset():
                return None
            if off2 != other.replace(fold=1 - other._fold).utcoffset():
                return None
        if (off1 is None) != (off2 is None):
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        mine, theirs = self._micros(), other._micros()
        if off1 is not None:
            mine -= off1._total()
            theirs -= off2._total()
        return (mine > theirs) - (mine < theirs)

    def _check_other(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, _date_type):
            raise TypeError("can't compare %s to %s" % (_qualified(self),
                                                         _qualified(other)))
        return False

    def _relation(self, other, test):
        if test is _operator.eq:
            if isinstance(other, datetime):
                return self._compare(other, True) == 0
            # a datetime is never equal to a plain date
            return False if isinstance(other, _date_type) else NotImplemented
        if not self._check_other(other):
            return NotImplemented
        return test(self._compare(other, False), 0)

    # own methods (not date's) so that Python tries a datetime's reflected
    # comparison first when a plain date is on the left
    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons('datetime')

    def __hash__(self):
        if self._hashcode == -1:
            base = self if not self._fold else self.replace(fold=0)
            offset = base.utcoffset()
            total = base._micros()
            if offset is not None:
                total -= offset._total()
            self._hashcode = hash(('datetime', total))
        return self._hashcode

    # -- arithmetic
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._micros() + other._total()
        days, rest = divmod(total, _MICROS_PER_DAY)
        if not 0 < days <= _LAST_ORDINAL:
            raise OverflowError('date value out of range')
        y, mo, d = _cal.ord_to_ymd(days)
        seconds, us = divmod(rest, _MICROS_PER_SECOND)
        minutes, ss = divmod(seconds, 60)
        hh, mi = divmod(minutes, 60)
        kind = type(self)
        if kind is datetime:
            return datetime._build(y, mo, d, hh, mi, ss, us, self._tzinfo, 0)
        # subclasses are built through their own constructor
        return kind(y, mo, d, hh, mi, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        difference = self._micros() - other._micros()
        if self._tzinfo is not other._tzinfo:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware "
                                "datetimes")
            if off1 is not None:
                difference -= off1._total() - off2._total()
        return timedelta._from_micros(difference)

    # -- pickling
    def _state(self, protocol):
        high, low = divmod(self._year, 256)
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        us = self._microsecond
        return bytes([high, low, month, self._day, self._hour, self._minute,
                      self._second, us >> 16, (us >> 8) & 255, us & 255])

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_type = date
_time_type = time
datetime.min = datetime.combine(date.min, time.min)
datetime.max = datetime.combine(date.max, time.max)
datetime.resolution = _TICK

_EPOCH = datetime(1970, 1, 1, tzinfo=_utc)
