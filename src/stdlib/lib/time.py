"""Time access and conversions (pycell).

Clocks come from _pycell_time (performance.now() and Date, in browsers and Node);
the local time zone is the host's, as JavaScript's Date reports it.
"""
import _pycell_time
import _pycell_timefmt as _fmt

_STRUCT_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                  "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
    accepted by asctime(), mktime() and strftime().  May be considered as a
    sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        items = tuple(seq)
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(_STRUCT_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))


struct_time.__module__ = "time"

_EPOCH_ORD = _fmt.ymd_to_ord(1970, 1, 1)
_MAX_TIME_T = 2 ** 63 - 1


def _secs(x, name="timestamp"):
    if x is None:
        return _pycell_time.wall_us() // 1000000
    if isinstance(x, float):
        if x != x:
            raise ValueError("Invalid value NaN (not a number)")
        if x in (float("inf"), float("-inf")) or abs(x) > 9.2e18:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(x // 1)
    if isinstance(x, int):
        if abs(x) > _MAX_TIME_T:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(x)
    if hasattr(type(x), "__index__"):
        return type(x).__index__(x)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


def _broken_down(secs, isdst, zone, gmtoff):
    days, rest = divmod(secs, 86400)
    o = _EPOCH_ORD + days
    if not 1 <= o <= 3652059 * 1000:
        raise OverflowError("timestamp out of range for platform time_t")
    y, m, d = _fmt.ord_to_ymd(o)
    yd = o - _fmt.ymd_to_ord(y, 1, 1) + 1
    return struct_time((y, m, d, rest // 3600, rest // 60 % 60, rest % 60, (o + 6) % 7, yd, isdst, zone, gmtoff))


def time():
    """Return the current time in seconds since the Epoch."""
    return _pycell_time.wall_us() / 1e6


def time_ns():
    return _pycell_time.wall_us() * 1000


def perf_counter():
    return _pycell_time.mono_ns() / 1e9


def perf_counter_ns():
    return _pycell_time.mono_ns()


monotonic = perf_counter
monotonic_ns = perf_counter_ns


def process_time():
    return _pycell_time.cpu_us() / 1e6


def process_time_ns():
    return _pycell_time.cpu_us() * 1000


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()


def sleep(secs):
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    _pycell_time.sleep(secs)


def gmtime(secs=None):
    return _broken_down(_secs(secs), 0, "GMT", 0)


def localtime(secs=None):
    s = _secs(secs)
    off = _pycell_time.utcoffset(s)
    isdst = 1 if daylight and off != -timezone else 0
    return _broken_down(s + off, isdst, _pycell_time.zonename(s), off)


def _checked(t, func):
    if isinstance(t, struct_time):
        items = tuple(t)
    else:
        if not isinstance(t, tuple):
            raise TypeError("Tuple or struct_time argument required")
        items = t
        if len(items) != 9:
            raise TypeError("%s(): illegal time tuple argument" % func)
    vals = []
    for v in items:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        vals.append(int(v))
    return vals


def _validated(t, func):
    y, mo, d, h, mi, s, wd, yd, dst = _checked(t, func)
    # CPython's checktm: 0 stands for 1 in month, day and day of year
    if mo == 0:
        mo = 1
    if d == 0:
        d = 1
    if yd == 0:
        yd = 1
    if not 1 <= mo <= 12:
        raise ValueError("month out of range")
    if not 1 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= h <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= s <= 61:
        raise ValueError("seconds out of range")
    if wd < 0:
        raise ValueError("day of week out of range")
    if not 1 <= yd <= 366:
        raise ValueError("day of year out of range")
    dst = -1 if dst < -1 else (1 if dst > 1 else dst)
    return [y, mo, d, h, mi, s, wd % 7, yd, dst]


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    vals = _validated(t, "strftime")
    zone = getattr(t, "tm_zone", None)
    off = getattr(t, "tm_gmtoff", None)
    if zone is None:
        zone = tzname[1 if vals[8] > 0 else 0]
    if off is None:
        off = -(altzone if vals[8] > 0 else timezone)
    return _fmt.strftime(format, vals, zone, off)


def asctime(t=None):
    if t is None:
        t = localtime()
    y, mo, d, h, mi, s, wd, yd, dst = _validated(t, "asctime")
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_fmt.DAY_ABBR[wd], _fmt.MONTH_ABBR[mo], d, h, mi, s, y)


def ctime(secs=None):
    return asctime(localtime(secs))


def mktime(t):
    y, mo, d, h, mi, s, wd, yd, dst = _checked(t, "mktime")
    # normalise like C's mktime: months and days may overflow
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    local = (_fmt.ymd_to_ord(y, mo, 1) + d - 1 - _EPOCH_ORD) * 86400 + h * 3600 + mi * 60 + s
    off = _pycell_time.utcoffset(local)
    utc = local - off
    off2 = _pycell_time.utcoffset(utc)
    if off2 != off:
        utc = local - off2
    return float(utc)


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    f = _fmt.strptime_fields(data_string, format)
    gmtoff = f[10]
    if isinstance(gmtoff, tuple):
        gmtoff = gmtoff[0]
    return struct_time(f[:9] + (f[11], gmtoff))


def get_clock_info(name):
    raise NotImplementedError("time.get_clock_info")


def _zone_setup():
    import_secs = _pycell_time.wall_us() // 1000000
    year = _fmt.ord_to_ymd(_EPOCH_ORD + import_secs // 86400)[0]
    jan = (_fmt.ymd_to_ord(year, 1, 1) - _EPOCH_ORD) * 86400
    jul = (_fmt.ymd_to_ord(year, 7, 1) - _EPOCH_ORD) * 86400
    off_jan = _pycell_time.utcoffset(jan)
    off_jul = _pycell_time.utcoffset(jul)
    name_jan = _pycell_time.zonename(jan)
    name_jul = _pycell_time.zonename(jul)
    if off_jan == off_jul:
        return -off_jan, -off_jan, 0, (name_jan, name_jan)
    if off_jan < off_jul:  # northern hemisphere: summer is daylight time
        return -off_jan, -off_jul, 1, (name_jan, name_jul)
    return -off_jul, -off_jan, 1, (name_jul, name_jan)


timezone, altzone, daylight, tzname = _zone_setup()
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
