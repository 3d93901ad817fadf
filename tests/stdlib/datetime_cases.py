# datetime/time on generated values: arithmetic, formatting, parsing, calendars.
import datetime as D
import time

state = [777]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


DIRECTIVES = "aAbBcdHIjmMpSUwWyYxX%GgVuCeFDTRr"
for n in range(250):
    y = 1 + rnd(9999)
    m = 1 + rnd(12)
    d = 1 + rnd(31)
    show("date %d" % n, lambda: D.date(y, m, d))
    try:
        day = D.date(y, m, d)
    except ValueError:
        continue
    td = D.timedelta(days=rnd(2000000) - 1000000, seconds=rnd(200000) - 100000, microseconds=rnd(3000000) - 1500000)
    ftd = D.timedelta(hours=(rnd(100000) - 50000) / 7, minutes=rnd(1000) / 3, milliseconds=rnd(999) / 11)
    print(n, repr(td), str(td), td.total_seconds(), repr(ftd), str(-ftd), td // D.timedelta(hours=7), td / 3, td * 1.1)
    show("add", lambda: day + td)
    show("sub", lambda: day - td)
    print(day.isocalendar(), day.weekday(), day.toordinal(), day.ctime(), D.date.fromordinal(day.toordinal()) == day)
    dt = D.datetime(y, m, min(d, 28), rnd(24), rnd(60), rnd(60), rnd(1000000) if rnd(2) else 0)
    if rnd(2):
        dt = dt.replace(tzinfo=D.timezone(D.timedelta(minutes=rnd(2878) - 1439)))
    fmt = "".join("%" + DIRECTIVES[rnd(len(DIRECTIVES))] + "|" for _ in range(5)) + "%f%z%Z"
    print(repr(dt), str(dt), dt.isoformat(timespec=["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"][rnd(6)]))
    print(fmt, dt.strftime(fmt))
    show("fromiso", lambda: D.datetime.fromisoformat(dt.isoformat()) == dt)
    show("dt+td", lambda: dt + ftd)
    show("dt-dt", lambda: dt - D.datetime(2000, 1, 1, tzinfo=dt.tzinfo))
    show("utc", lambda: dt.astimezone(D.timezone.utc) if dt.tzinfo else None)
    show("stamp", lambda: dt.timestamp() if dt.tzinfo else None)
    s = dt.strftime("%Y-%m-%d %H:%M:%S")
    show("strptime", lambda: D.datetime.strptime(s, "%Y-%m-%d %H:%M:%S"))
    show("time.strptime", lambda: time.strptime(dt.strftime("%d %b %Y %I%p"), "%d %b %Y %I%p"))
    show("fromts", lambda: D.datetime.fromtimestamp(rnd(4000000000) - 1000000000 + rnd(1000) / 1000, D.timezone.utc))
    show("gmtime", lambda: time.gmtime(rnd(4000000000) - 2000000000))
