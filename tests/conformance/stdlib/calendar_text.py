# calendar: text months and years (widths, spacing, first weekday), month arithmetic, names, errors


import calendar
print(calendar.month(2024, 2)); print(calendar.month(2024, 2, w=3, l=2)); print(calendar.calendar(2024)); print(calendar.calendar(2023, 3, 1, 2, 4))
print(calendar.monthrange(2024, 2), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 1, 1), calendar.monthcalendar(2024, 2))
print(list(calendar.day_name), list(calendar.month_abbr), calendar.firstweekday(), calendar.MONDAY, calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1999, 12, 31, 23, 59, 59)))
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2024, 2)); print(c.formatyear(2025, 2, 1, 1, 4))
print(repr(c.formatweekheader(2)), repr(calendar.weekheader(3)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
try: calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e: print(type(e).__name__, e)
try: calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e: print(e)
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9], list(calendar.Calendar(6).iterweekdays()))
print(calendar.Calendar(6).monthdatescalendar(2024, 2)[0], list(calendar.Calendar().itermonthdays(2023, 9))[:8])
print(len(calendar.Calendar().yeardayscalendar(2024, 4)), calendar.Calendar(3).monthdayscalendar(2021, 2))
calendar.setfirstweekday(6); print(calendar.month(2021, 2)); calendar.prmonth(2020, 12)
for y in (2021, 2026, 1):
    for mth in range(1, 13):
        assert calendar.month(y, mth) is not None
print(calendar.month(1, 1), calendar.month(9999, 12))
