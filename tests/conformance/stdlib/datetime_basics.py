# datetime: timedelta, date, time, datetime, timezone, tzinfo subclasses, parsing and formatting
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC
import datetime as dtmod
td = timedelta(days=1, hours=25, minutes=-3, seconds=1.5, microseconds=7, milliseconds=2, weeks=1)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for t in [timedelta(0), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(hours=0.1), timedelta(days=1.5e-6),
          timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(2, 3, 4), -timedelta(2, 3, 4), abs(timedelta(-2)),
          timedelta(days=-1.5), timedelta.max, timedelta.min, timedelta.resolution]:
    print(repr(t), str(t))
a, b = timedelta(hours=5), timedelta(minutes=7)
print(a + b, a - b, a * 2, 2 * a, a * 0.5, a / 3, a / b, a // b, a % b, divmod(a, b), a // 7, a / 0.3, -a, a > b, a == timedelta(seconds=18000), bool(timedelta()))
for f in [lambda: timedelta(days=1e9), lambda: timedelta(days='x'), lambda: a / 0, lambda: a // timedelta(0)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, d.toordinal(), d.ctime(), d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date.fromordinal(738000), date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisocalendar(2021, 1, 1))
print(d.replace(day=1), d.strftime('%Y-%m-%d %A %j %U %f %z %Z|'), format(d, '%d/%m'), format(d, ''), d.isoformat(), date.min, date.max, date.resolution)
for f in [lambda: date(0, 1, 1), lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(2023.0, 1, 1), lambda: date.fromisoformat('2021-3-4'),
          lambda: date.max + timedelta(1), lambda: d < datetime(2020, 1, 1), lambda: date.fromisocalendar(2021, 53, 1), lambda: date(2020, 1, 1) == datetime(2020, 1, 1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t = time(12, 30, 15, 500)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat('minutes'), t.isoformat('milliseconds'), t.isoformat('hours'), time.fromisoformat('04:05:06.123'), time.fromisoformat('T0405'))
tz1 = timezone(timedelta(hours=1))
tz2 = timezone(timedelta(hours=-5, minutes=-30), 'X')
print(repr(tz1), str(tz1), repr(tz2), str(tz2), repr(timezone.utc), timezone.utc, repr(UTC), timezone(timedelta(0)) is timezone.utc, timezone.min, timezone.max, tz1.utcoffset(None), tz1.dst(None))
dt = datetime(2020, 5, 17, 13, 45, 30, 123456)
print(dt, repr(dt), dt.date(), dt.time(), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.ctime(), dt.timetuple(), dt.weekday())
adt = dt.replace(tzinfo=tz1)
print(adt, repr(adt), adt.utcoffset(), adt.tzname(), adt.dst(), adt.astimezone(timezone.utc), adt.astimezone(tz2), adt.timestamp(), adt.utctimetuple())
print(adt - datetime(2020, 5, 17, tzinfo=timezone.utc), adt == adt.astimezone(tz2), hash(adt) == hash(adt.astimezone(tz2)), adt.strftime('%H:%M %z %Z %f %%'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(1e9, tz2), datetime(1970, 1, 1, tzinfo=UTC).timestamp())
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=tz1)), datetime.fromisoformat('2011-11-04T00:05:23.283+00:00'), datetime.fromisoformat('2011-11-04 00:05:23Z'), datetime.fromisoformat('20111104T000523'), datetime.fromisoformat('2011-11-04'))
print(datetime.strptime('2021-06-01 12:34:56.789', '%Y-%m-%d %H:%M:%S.%f'), repr(datetime.strptime('10 +0130', '%H %z')), datetime.strptime('Jun 1 2005  1:33PM', '%b %d %Y %I:%M%p'))
print(dt + timedelta(days=400, hours=12), dt - timedelta(days=1e3), dt - datetime(2000, 1, 1), datetime.max, datetime.min, datetime.resolution)
for f in [lambda: adt < dt, lambda: adt - dt, lambda: adt == dt, lambda: datetime(2020, 1, 1, 24), lambda: time(1, 60), lambda: datetime(2020, 1, 1, tzinfo=1),
          lambda: timezone(timedelta(hours=24)), lambda: timezone(1), lambda: datetime.fromisoformat('2020-01-01T'), lambda: datetime.max + timedelta(1),
          lambda: t.isoformat('x'), lambda: datetime.strptime('2020', '%Y %m'), lambda: dt < date(2020, 1, 1), lambda: tzinfo().utcoffset(None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class EST(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return "EST"
    def __repr__(self): return "EST()"
e = datetime(2020, 1, 1, 12, tzinfo=EST())
print(e, repr(e), e.astimezone(UTC), UTC.fromutc(datetime(2020, 1, 1, tzinfo=UTC)), e.strftime('%Z %z'), e.timetuple().tm_isdst)
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], dtmod.MINYEAR, dtmod.MAXYEAR)
print(type(dt).__name__, type(dt).__module__, isinstance(dt, date), issubclass(timezone, tzinfo), f"{dt:%Y|%H}", "{:%j}".format(d))
