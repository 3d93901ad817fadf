"""Calendar arithmetic, strftime and strptime shared by pycell's time and datetime.

strftime follows glibc in the C locale (what CPython on Linux produces); strptime
follows CPython's _strptime rules as documented and observed: each directive accepts
a list of alternatives tried in order, with backtracking, the whole format must match
a prefix of the input, and any rest is "unconverted data".
"""

DAY_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_NAME = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_ABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_NAME = ["", "January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_DAYS_IN = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE = [0, 0]  # days in the (non-leap) year before month m
for _m in range(1, 12):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _DAYS_IN[_m])
del _m


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2 and is_leap(y):
        return 29
    return _DAYS_IN[m]


def days_before_month(y, m):
    return _DAYS_BEFORE[m] + (1 if m > 2 and is_leap(y) else 0)


def days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def ymd_to_ord(y, m, d):
    """Proleptic Gregorian ordinal: 0001-01-01 is day 1."""
    return days_before_year(y) + days_before_month(y, m) + d


def ord_to_ymd(n):
    y = (n * 400) // 146097 + 1  # close to the year; corrected below
    while ymd_to_ord(y, 1, 1) > n:
        y -= 1
    while ymd_to_ord(y + 1, 1, 1) <= n:
        y += 1
    doy = n - ymd_to_ord(y, 1, 1)
    m = 1
    while m < 12 and days_before_month(y, m + 1) <= doy:
        m += 1
    return y, m, doy - days_before_month(y, m) + 1


def weekday(y, m, d):
    """Monday is 0."""
    return (ymd_to_ord(y, m, d) + 6) % 7


def iso_week1_monday(y):
    first = ymd_to_ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def iso_calendar(y, m, d):
    today = ymd_to_ord(y, m, d)
    week1 = iso_week1_monday(y)
    if today < week1:
        y -= 1
        week1 = iso_week1_monday(y)
    else:
        nxt = iso_week1_monday(y + 1)
        if today >= nxt:
            y += 1
            week1 = nxt
    week, day = divmod(today - week1, 7)
    return y, week + 1, day + 1


# ---------------------------------------------------------------- strftime

def _num(v, width, flag, pad="0"):
    s = str(abs(v))
    if flag == "-":
        pass
    elif flag == "_":
        s = s.rjust(width, " ")
    else:
        s = s.rjust(width, "0" if flag == "0" else pad)
    return ("-" if v < 0 else "") + s


def strftime(fmt, tt, zone="", offset=None, micro=None):
    """fmt with directives filled from the 9-tuple tt; zone is %Z's text, offset the
    UTC offset in seconds for %z (None: empty), micro the %f value (None: literal)."""
    y, mo, d, h, mi, s, wd, yd = tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        start = i
        i += 1
        flag = ""
        while i < n and fmt[i] in "-_0^#":
            flag = fmt[i]
            i += 1
        width = 0
        while i < n and fmt[i].isdigit():
            width = width * 10 + ord(fmt[i]) - 48
            i += 1
        while i < n and fmt[i] in "EO":
            i += 1
        if i >= n:
            out.append(fmt[start:])
            break
        k = fmt[i]
        i += 1
        r = _directive(k, flag, y, mo, d, h, mi, s, wd, yd, zone, offset, micro, tt)
        if r is None:
            out.append(fmt[start:i])
            continue
        if width and len(r) < width:
            padc = "0" if (k in "CdGgHIjmMSUVWyY" and flag != "_") or flag == "0" else " "
            if padc == "0" and r[:1] == "-":
                r = "-" + r[1:].rjust(width - 1, "0")
            else:
                r = r.rjust(width, padc)
        if flag == "^":
            r = r.upper()
        elif flag == "#":
            r = r.upper() if k in "aAbBh" else (r.lower() if k in "pZ" else r)
        out.append(r)
    return "".join(out)


def _directive(k, flag, y, mo, d, h, mi, s, wd, yd, zone, offset, micro, tt):
    if k == "Y":
        return str(y)
    if k == "m":
        return _num(mo, 2, flag)
    if k == "d":
        return _num(d, 2, flag)
    if k == "H":
        return _num(h, 2, flag)
    if k == "M":
        return _num(mi, 2, flag)
    if k == "S":
        return _num(s, 2, flag)
    if k == "f":
        return None if micro is None else "%06d" % micro
    if k == "a":
        return DAY_ABBR[wd % 7]
    if k == "A":
        return DAY_NAME[wd % 7]
    if k == "b" or k == "h":
        return MONTH_ABBR[mo] if 1 <= mo <= 12 else "?"
    if k == "B":
        return MONTH_NAME[mo] if 1 <= mo <= 12 else "?"
    if k == "y":
        return _num(y % 100, 2, flag)
    if k == "C":
        return str(y // 100) if y < 1000 else _num(y // 100, 2, flag)
    if k == "e":
        return _num(d, 2, flag or "_")
    if k == "j":
        return _num(yd, 3, flag)
    if k == "I":
        return _num(h % 12 or 12, 2, flag)
    if k == "k":
        return _num(h, 2, flag or "_")
    if k == "l":
        return _num(h % 12 or 12, 2, flag or "_")
    if k == "p":
        return "AM" if h < 12 else "PM"
    if k == "P":
        return "am" if h < 12 else "pm"
    if k == "w":
        return str((wd + 1) % 7)
    if k == "u":
        return str(wd % 7 + 1)
    if k == "U":
        return _num((yd - 1 + 7 - (wd + 1) % 7) // 7, 2, flag)
    if k == "W":
        return _num((yd - 1 + 7 - wd % 7) // 7, 2, flag)
    if k in "GgV":
        # from the tuple's own day of year and weekday, as C's strftime does: the ISO
        # week is the one holding this week's Thursday
        thu = yd - 1 - wd % 7 + 3
        iy = y
        if thu < 0:
            iy = y - 1
            thu += 366 if is_leap(iy) else 365
        elif thu >= (366 if is_leap(y) else 365):
            iy = y + 1
            thu -= 366 if is_leap(y) else 365
        iw = thu // 7 + 1
        if k == "G":
            return str(iy)
        if k == "g":
            return _num(iy % 100, 2, flag)
        return _num(iw, 2, flag)
    if k == "c":
        return "%s %s %2d %02d:%02d:%02d %d" % (DAY_ABBR[wd % 7], MONTH_ABBR[mo] if 1 <= mo <= 12 else "?", d, h, mi, s, y)
    if k == "D" or k == "x":
        return "%02d/%02d/%02d" % (mo, d, y % 100)
    if k == "F":
        return "%d-%02d-%02d" % (y, mo, d)
    if k == "T" or k == "X":
        return "%02d:%02d:%02d" % (h, mi, s)
    if k == "R":
        return "%02d:%02d" % (h, mi)
    if k == "r":
        return "%02d:%02d:%02d %s" % (h % 12 or 12, mi, s, "AM" if h < 12 else "PM")
    if k == "n":
        return "\n"
    if k == "t":
        return "\t"
    if k == "%":
        return "%"
    if k == "z":
        if offset is None:
            return ""
        sign = "-" if offset < 0 else "+"
        offset = abs(offset)
        return "%s%02d%02d" % (sign, offset // 3600, offset // 60 % 60)
    if k == "Z":
        return zone
    if k == "s":
        import time
        return str(int(time.mktime(tuple(tt[:9]))))
    return None


# ---------------------------------------------------------------- strptime

_WS = " \t\n\r\x0b\x0c"


def _digits_alts(text, i, alts):
    """Candidates for numeric alternatives: alts is a list of patterns, each a list of
    character sets (strings) for the positions; returns the end positions that match."""
    ends = []
    for pat in alts:
        j = i
        ok = True
        for chars in pat:
            if j < len(text) and (text[j] in chars if chars != "D" else text[j].isdigit()):
                j += 1
            else:
                ok = False
                break
        if ok:
            ends.append(j)
    return ends


D = "D"  # any digit (regex \d: Unicode decimal digits)
_NUM = {
    "d": [["3", "01"], ["12", D], ["0", "123456789"], ["123456789"], [" ", "123456789"]],
    "m": [["1", "012"], ["0", "123456789"], ["123456789"]],
    "H": [["2", "0123"], ["01", D], [D]],
    "I": [["1", "012"], ["0", "123456789"], ["123456789"], [" ", "123456789"]],
    "M": [["012345", D], [D]],
    "S": [["6", "01"], ["012345", D], [D]],
    "y": [[D, D]],
    "Y": [[D, D, D, D]],
    "G": [[D, D, D, D]],
    "j": [["3", "6", "0123456"], ["3", "012345", D], ["12", D, D], ["0", "123456789", D],
          ["0", "0", "123456789"], ["123456789", D], ["0", "123456789"], ["123456789"]],
    "U": [["5", "0123"], ["01234", D], [D]],
    "W": [["5", "0123"], ["01234", D], [D]],
    "V": [["5", "0123"], ["01234", D], [D]],
    "w": [["0123456"]],
    "u": [["1234567"]],
}


def _names_alts(text, i, names):
    low = text[i:].lower()
    ends = []
    # the regex alternation lists names longest first
    for name in sorted(names, key=len, reverse=True):
        if name and low.startswith(name.lower()):
            ends.append(i + len(name))
    return ends


def _frac_alts(text, i):
    j = i
    while j < len(text) and j - i < 6 and text[j].isdigit():
        j += 1
    return list(range(j, i, -1))


def _z_alts(text, i):
    if text[i:i + 1] == "Z":
        return [i + 1]
    if text[i:i + 1] not in ("+", "-"):
        return []
    ends = []
    j = i + 1

    def dd(k):
        return k + 1 < len(text) and text[k].isdigit() and text[k + 1].isdigit()

    def d05(k):
        return k + 1 < len(text) and text[k] in "012345" and text[k + 1].isdigit()
    if not dd(j):
        return []
    j += 2
    if text[j:j + 1] == ":":
        j2 = j + 1
    else:
        j2 = j
    if not d05(j2):
        return []
    j = j2 + 2
    # optional seconds and fraction
    k = j + 1 if text[j:j + 1] == ":" else j
    if d05(k):
        e = k + 2
        if text[e:e + 1] == "." and e + 1 < len(text) and text[e + 1].isdigit():
            f = e + 1
            while f < len(text) and f - (e + 1) < 6 and text[f].isdigit():
                f += 1
            ends.extend(range(f, e + 1, -1))
        ends.append(e)
    ends.append(j)
    return ends


def _tokens(fmt):
    """The format as (kind, value): ('lit', text), ('ws', None), ('dir', letter)."""
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            k = fmt[i + 1]
            if k in "cxX":
                sub = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}[k]
                toks.extend(_tokens(sub))
            elif k == "%":
                toks.append(("lit", "%"))
            elif k in _NUM or k in "aAbBpfzZ":
                toks.append(("dir", k))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, fmt))
            i += 2
        elif c in _WS:
            while i < n and fmt[i] in _WS:
                i += 1
            toks.append(("ws", None))
        else:
            toks.append(("lit", c))
            i += 1
    return toks


def _zone_names():
    try:
        import time
        names = {"utc", "gmt", time.tzname[0].lower()}
        if time.daylight:
            names.add(time.tzname[1].lower())
        return names
    except Exception:
        return {"utc", "gmt"}


def _match(toks, t, text, i, found):
    if t == len(toks):
        return i
    kind, v = toks[t]
    if kind == "lit":
        if text[i:i + 1].lower() == v.lower() and i < len(text):
            return _match(toks, t + 1, text, i + 1, found)
        return None
    if kind == "ws":
        j = i
        while j < len(text) and text[j] in _WS:
            j += 1
        for e in range(j, i, -1):
            r = _match(toks, t + 1, text, e, found)
            if r is not None:
                return r
        return None
    if v in _NUM:
        ends = _digits_alts(text, i, _NUM[v])
    elif v == "a" or v == "A":
        ends = _names_alts(text, i, DAY_NAME + DAY_ABBR)
    elif v == "b" or v == "B":
        ends = _names_alts(text, i, MONTH_NAME[1:] + MONTH_ABBR[1:])
    elif v == "p":
        ends = _names_alts(text, i, ["am", "pm"])
    elif v == "f":
        ends = _frac_alts(text, i)
    elif v == "z":
        ends = _z_alts(text, i)
    else:  # Z
        ends = _names_alts(text, i, sorted(_zone_names()))
    for e in ends:
        found.append((v, text[i:e]))
        r = _match(toks, t + 1, text, e, found)
        if r is not None:
            return r
        found.pop()
    return None


def strptime_fields(text, fmt):
    """(year, month, day, hour, minute, second, weekday, yday, isdst, micro, gmtoff,
    zone): what CPython's _strptime._strptime computes."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    toks = _tokens(fmt)
    found = []
    end = _match(toks, 0, text, 0, found)
    if end is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if end != len(text):
        raise ValueError("unconverted data remains: %s" % text[end:])
    year = None
    month = day = 1
    hour = minute = second = micro = 0
    wd = yd = None
    week_sun = week_mon = None
    iso_year = iso_week = None
    gmtoff = None
    zone = None
    isdst = -1
    ampm = None
    hour12 = None
    seen = set()
    for k, s in found:
        seen.add(k)
        if k == "y":
            year = int(s)
            year += 2000 if year <= 68 else 1900
        elif k == "Y":
            year = int(s)
        elif k == "G":
            iso_year = int(s)
        elif k == "m":
            month = int(s)
        elif k == "B" or k == "b":
            month = [x.lower() for x in MONTH_NAME].index(s.lower()) if s.lower() in [x.lower() for x in MONTH_NAME] \
                else [x.lower() for x in MONTH_ABBR].index(s.lower())
        elif k == "d":
            day = int(s)
        elif k == "H":
            hour = int(s)
            hour12 = None
        elif k == "I":
            hour12 = int(s)
        elif k == "p":
            ampm = s.lower()
        elif k == "M":
            minute = int(s)
        elif k == "S":
            second = int(s)
        elif k == "f":
            micro = int(s + "0" * (6 - len(s)))
        elif k == "A" or k == "a":
            low = s.lower()
            names = [x.lower() for x in DAY_NAME]
            wd = names.index(low) if low in names else [x.lower() for x in DAY_ABBR].index(low)
        elif k == "w":
            wd = (int(s) - 1) % 7
        elif k == "u":
            wd = int(s) - 1
        elif k == "j":
            yd = int(s)
        elif k == "U":
            week_sun = int(s)
        elif k == "W":
            week_mon = int(s)
        elif k == "V":
            iso_week = int(s)
        elif k == "z":
            if s == "Z":
                gmtoff = 0
            else:
                sign = -1 if s[0] == "-" else 1
                body = s[1:].replace(":", "")
                hh = int(body[0:2])
                mm = int(body[2:4])
                ss = int(body[4:6]) if len(body) >= 6 else 0
                frac = body[7:] if len(body) > 7 else ""
                gmtoff = sign * (hh * 3600 + mm * 60 + ss)
                micro_off = int(frac + "0" * (6 - len(frac))) if frac else 0
                gmtoff = (gmtoff, sign * micro_off)
        elif k == "Z":
            zone = s
            low = s.lower()
            if low in ("utc", "gmt"):
                isdst = 0
            else:
                try:
                    import time
                    if low == time.tzname[0].lower():
                        isdst = 0
                    elif time.daylight and low == time.tzname[1].lower():
                        isdst = 1
                except Exception:
                    pass
    if hour12 is not None or ("I" in seen):
        h = hour12 if hour12 is not None else hour
        if ampm == "pm":
            hour = 12 if h == 12 else h + 12
        elif ampm == "am":
            hour = 0 if h == 12 else h
        else:
            hour = h
    if iso_year is not None and ("j" in seen or "U" in seen or "W" in seen):
        pass
    if iso_year is not None:
        if iso_week is None or wd is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or wd is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if yd is None and wd is not None:
        if iso_year is not None:
            o = iso_week1_monday(iso_year) + (iso_week - 1) * 7 + wd
            year, month, day = ord_to_ymd(o)
            yd = o - ymd_to_ord(year, 1, 1) + 1
        elif week_sun is not None or week_mon is not None:
            first_wd = weekday(year, 1, 1)
            if week_mon is not None:
                week, start = week_mon, True
            else:
                week, start = week_sun, False
            yd = _week_to_yday(first_wd, week, wd, start)
            if yd <= 0:
                year -= 1
                yd += 366 if is_leap(year) else 365
    if yd is None:
        if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
            raise ValueError("day is out of range for month")
        yd = ymd_to_ord(year, month, day) - ymd_to_ord(year, 1, 1) + 1
    else:
        o = ymd_to_ord(year, 1, 1) + yd - 1
        year, month, day = ord_to_ymd(o)
    if wd is None:
        wd = weekday(year, month, day)
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, wd, yd, isdst, micro, gmtoff, zone)


def _week_to_yday(first_wd, week, wd, monday_first):
    # first_wd: weekday (Monday 0) of January 1st
    if not monday_first:
        first_wd = (first_wd + 1) % 7
        wd = (wd + 1) % 7
    week0_len = (7 - first_wd) % 7
    if week == 0:
        return 1 + wd - first_wd
    return week0_len + 7 * (week - 1) + wd + 1
