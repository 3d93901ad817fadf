# datetime: constructor checks, timedelta rounding and arithmetic, 3.11 fromisoformat
# forms, comparisons between date and datetime, aware/naive rules, pickling states
from datetime import date, time, datetime, timedelta, timezone, tzinfo

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: date(0, 1, 1))
show(lambda: date(2001, 2, 29))
show(lambda: date(2000.0, 1, 1))
show(lambda: date(2000))
show(lambda: time(24))
show(lambda: time(fold=2))
show(lambda: time(tzinfo=1))
show(lambda: timedelta(days=1e9))
show(lambda: timedelta(days="1"))
for args in [dict(microseconds=1.5), dict(microseconds=2.5), dict(milliseconds=0.5 / 1000),
             dict(seconds=-1 / 2 ** 7), dict(days=1.5, seconds=0.25, microseconds=0.3),
             dict(weeks=1, hours=1.5, minutes=.5, milliseconds=1.0005)]:
    print(args, str(timedelta(**args)))
td = timedelta(1)
print(td * 0.1, td / 3, td / timedelta(hours=5), td // 7, divmod(td, timedelta(hours=5)))
print(-timedelta(1, 1, 1), abs(timedelta(-1)), td * 2.5, td / 2.5, td % timedelta(hours=7))
print(repr(timedelta(0)), repr(timedelta(-1, 5, 7)), str(timedelta(-1, 5, 7)))
show(lambda: td / 0)
show(lambda: td // 0)
show(lambda: timedelta.max + td)
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(timedelta(0), 5))
print(timezone(timedelta(0)) is timezone.utc, str(timezone(timedelta(hours=-1, seconds=1))))
print(repr(timezone.min), repr(timezone.max), timezone(timedelta(minutes=-30)).tzname(None))
for s in ["2020-01-02", "20200102", "2020-W01", "2020-W01-3", "2020W013", "2020-01-02T03",
          "2020-01-02 0304", "2020-01-02T03:04:05,1234567", "2020-01-02T03:04:05Z",
          "2020-01-02T03:04:05-0130", "2020-01-02T03:04:05+01:30:15.5", "20200102T030405",
          "2022W52520", "2022W525T20", "2022W521020", "2020-01-02T", "2020-01-02T03:4",
          "2020-01-02T03:0405"]:
    print(s, end=" ")
    show(lambda: datetime.fromisoformat(s))
for s in ["03", "T03:04", "0304", "03:04:05.123+00:00", "25:00", "x"]:
    print(s, end=" ")
    show(lambda: time.fromisoformat(s))
for s in ["2020-W53", "2021-W53", "2020-02-30", "2020-01-02T00:00"]:
    print(s, end=" ")
    show(lambda: date.fromisoformat(s))
d, dt = date(2000, 1, 1), datetime(2000, 1, 1)
print(d == dt, dt == d, d != dt, d.__eq__(dt))
show(lambda: d < dt)
show(lambda: dt < d)
aware = datetime(2000, 1, 1, tzinfo=timezone.utc)
print(dt == aware)
show(lambda: dt < aware)
show(lambda: dt - aware)
t1 = time(12, tzinfo=timezone(timedelta(hours=1)))
t2 = time(11, tzinfo=timezone.utc)
print(t1 == t2, hash(t1) == hash(t2), time(1) == time(1, tzinfo=timezone.utc))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
show(lambda: date.fromisocalendar(2020, 54, 1))
show(lambda: date.fromisocalendar(2020, 1, 8))
print(date(2000, 1, 1).__reduce__())
print(datetime(2000, 1, 1, tzinfo=timezone.utc, fold=1).__reduce__())
print(datetime(2000, 1, 1, fold=1).__reduce_ex__(4))
print(time(1, fold=1).__reduce_ex__(2), timezone.utc.__reduce__(), timedelta(1).__reduce__())
print(date(2020, 1, 1).isocalendar(), date(2020, 1, 1).isocalendar().__reduce__())
print(repr(datetime(b'\x07\xd0\x81\x01\x00\x00\x00\x00\x00\x05')))
show(lambda: datetime(bytes([1] * 10), 'EST'))
z = timezone(timedelta(hours=1, seconds=1, microseconds=5))
print(datetime(2000, 1, 1, tzinfo=z).strftime("%z|%Z|%f|%%z"), repr(z))
print(repr(time(1, 2, 3, 4, tzinfo=timezone.utc, fold=1)), time(1, 2).isoformat("hours"))
show(lambda: time(1).isoformat("bad"))
print(datetime(2000, 1, 1, 1, 2, 3, 4).isoformat(timespec="milliseconds"), datetime(2000, 1, 1).ctime())
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(-1.5))
print(datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple()[:6])
show(lambda: datetime.fromtimestamp(float('nan')))

class D(date):
    pass

class DT(datetime):
    def __new__(cls, *args, **kwargs):
        made = super().__new__(cls, *args, **kwargs)
        made.extra = 7
        return made

print(repr(D(2000, 1, 1)), type(D(2000, 1, 1) + timedelta(1)).__name__)
later = DT(2000, 1, 1) + timedelta(hours=1)
print(repr(later), later.extra, DT.fromtimestamp(0, timezone.utc).extra)

class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5
    def tzname(self, dt):
        return 5

show(lambda: datetime(2000, 1, 1, tzinfo=Bad()).utcoffset())
show(lambda: datetime(2000, 1, 1, tzinfo=Bad()).tzname())
show(lambda: tzinfo().utcoffset(None))
