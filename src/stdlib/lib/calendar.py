"""calendar for pycell: date arithmetic helpers and text calendars.

Written from the calendar documentation and black-box runs of CPython 3.11 for
the text layout (names centred in their column, trailing blanks stripped). Names
are the English ones of the C locale. Not here: HTMLCalendar (NotImplementedError).
"""

import datetime as _dt

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
           "FRIDAY", "SATURDAY", "SUNDAY", "error"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")
_DAYS_IN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class _Names:
    """A read-only sequence of names, optionally cut to three letters."""

    def __init__(self, names, short):
        self._names = tuple(n[:3] for n in names) if short else tuple(names)

    def __getitem__(self, i):
        picked = self._names[i]
        return list(picked) if isinstance(i, slice) else picked

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)


day_name = _Names(_DAYS, False)
day_abbr = _Names(_DAYS, True)
month_name = _Names(_MONTHS, False)
month_abbr = _Names(_MONTHS, True)


def isleap(year):
    """True for leap years (Gregorian rules)."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years lie in [y1, y2)."""
    def upto(y):
        y -= 1
        return y // 4 - y // 100 + y // 400
    return upto(y2) - upto(y1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for the date."""
    if not 1 <= year <= 9999:
        year = 2000 + year % 400
    return _dt.date(year, month, day).weekday()


def _month_length(year, month):
    return 29 if month == 2 and isleap(year) else _DAYS_IN[month]


def monthrange(year, month):
    """(weekday of the 1st, number of days) of a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - _dt.date(1970, 1, 1).toordinal() + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


class Calendar(object):
    """Weeks and months as lists and iterators, weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        return iter([(start + k) % 7 for k in range(7)])

    def itermonthdays2(self, year, month):
        """(day, weekday) over whole weeks; days outside the month are 0."""
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        total = lead + length
        total += (-total) % 7
        for slot in range(total):
            day = slot - lead + 1
            yield (day if 1 <= day <= length else 0), (self.firstweekday + slot) % 7

    def itermonthdays(self, year, month):
        for day, _ in self.itermonthdays2(year, month):
            yield day

    def itermonthdays3(self, year, month):
        for date in self.itermonthdates(year, month):
            yield date.year, date.month, date.day

    def itermonthdays4(self, year, month):
        for date in self.itermonthdates(year, month):
            yield date.year, date.month, date.day, date.weekday()

    def itermonthdates(self, year, month):
        """datetime.date objects over whole weeks around the month."""
        first = _dt.date(year, month, 1)
        start = first - _dt.timedelta(days=(first.weekday() - self.firstweekday) % 7)
        count = len(list(self.itermonthdays2(year, month)))
        for k in range(count):
            yield start + _dt.timedelta(days=k)

    @staticmethod
    def _weeks(items):
        items = list(items)
        return [items[i:i + 7] for i in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _by_rows(self, per_month, year, width):
        months = [per_month(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._by_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._by_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._by_rows(self.monthdayscalendar, year, width)


def _side_by_side(cells, colwidth, spacing):
    return (" " * spacing).join(cell.center(colwidth) for cell in cells)


def formatstring(cols, colwidth=20, spacing=6):
    """The strings centred in columns of colwidth, spacing blanks apart."""
    return _side_by_side(cols, colwidth, spacing)


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


class TextCalendar(Calendar):
    """Calendars as plain text (what month() and calendar() print)."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("%2i" % day if day else "").center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(day, wd, width) for day, wd in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(d, width) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's text: title, weekday header, one line per week."""
        w, gap = max(2, w), "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1), self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return "".join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year's text: m months side by side, c spaces apart."""
        w, gap, c = max(2, w), "\n" * max(1, l), max(2, c)
        colwidth = 7 * (w + 1) - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(m * row_index + 1, min(m * (row_index + 1) + 1, 13))
            out.append(gap)
            titles = [self.formatmonthname(theyear, k, colwidth, False) for k in numbers]
            out += [_side_by_side(titles, colwidth, c).rstrip(), gap]
            out += [_side_by_side([header] * len(numbers), colwidth, c).rstrip(), gap]
            for week_index in range(max(len(cal) for cal in row)):
                cells = [self.formatweek(cal[week_index], w) if week_index < len(cal) else "" for cal in row]
                out += [_side_by_side(cells, colwidth, c).rstrip(), gap]
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar; pycell has only the C locale, so the names are English."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class HTMLCalendar(Calendar):
    def __init__(self, firstweekday=0):
        raise NotImplementedError("calendar.HTMLCalendar is not supported by pycell")


class LocaleHTMLCalendar(HTMLCalendar):
    pass


_default = TextCalendar()


def firstweekday():
    return _default.getfirstweekday()


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


def monthcalendar(year, month):
    return _default.monthdayscalendar(year, month)


def weekheader(width):
    return _default.formatweekheader(width)


def month(theyear, themonth, w=0, l=0):
    return _default.formatmonth(theyear, themonth, w, l)


def prmonth(theyear, themonth, w=0, l=0):
    _default.prmonth(theyear, themonth, w, l)


def calendar(theyear, w=2, l=1, c=6, m=3):
    return _default.formatyear(theyear, w, l, c, m)


def prcal(theyear, w=0, l=0, c=6, m=3):
    _default.pryear(theyear, w, l, c, m)
