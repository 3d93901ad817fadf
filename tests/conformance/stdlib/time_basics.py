# time: struct_time, gmtime, strftime (glibc directives), strptime, errors
import time
print(repr(time.gmtime(0)), time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
t = time.gmtime(1700000000.7)
print(t, time.asctime(t), time.asctime(time.gmtime(0)))
print(time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %z %% %e %C %D %F %G %g %V %u %h %k %l %R %r %T %Q', t))
print(time.gmtime(-1.5)[:6])
fmt = '%Y|%m|%d|%H|%M|%S|%j|%y|%C|%G|%g|%V|%U|%W|%u|%w|%e|%k|%l|%I|%p|%-d|%_m|%05Y|%10A|%^a|%#b|%Ez|%Oe|%P|%+|%'
for tt in [(5, 1, 1, 0, 0, 0, 0, 1, 0), (-1, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 12, 30, 13, 5, 9, 0, 365, 0),
           (2021, 1, 1, 12, 0, 0, 4, 1, 0), (1900, 1, 7, 0, 0, 0, 6, 7, 0), (12345, 6, 7, 8, 9, 10, 2, 150, 0)]:
    print(time.strftime(fmt, tt))
for s, f in [('2020 5 3', '%Y %m %d'), (' 7', '%d'), ('20203', '%Y%m'), ('1/2/03 4 PM', '%m/%d/%y %I %p'),
             ('2020-366', '%Y-%j'), ('Tue, 3 mar 2020', '%a, %d %b %Y'), ('12 AM', '%I %p'), ('2020\t\n x', '%Y x'),
             ('2020x', '%Y X'), ('99', '%y'), ('68', '%y'), ('69', '%y'), ('+0130', '%z'), ('Z', '%z'), ('UTC', '%Z'),
             ('02-29', '%m-%d'), ('2020 10 3', '%Y %U %w'), ('2020 10 3', '%Y %W %w'), ('123', '%H%M'),
             ('1234', '%H%M%S'), ('2020-02-30', '%Y-%m-%d'), ('10:61', '%M:%S'), ('%', '%%'), ('x', '%q'),
             ('Thu Jan  1 00:00:00 1970', '%a %b %d %H:%M:%S %Y'), ('2021 W05 3', '%G W%V %u'), ('2021 5', '%Y %V'),
             ('2019 0 0', '%Y %U %w'), ('2019 0 1', '%Y %W %w'), ('12/31/99', '%x'), ('1:2:3', '%X'), ('2020 1', '%G %V')]:
    try:
        print(repr(s), time.strptime(s, f)[:9])
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for f in [lambda: time.gmtime(1e20), lambda: time.gmtime('x'), lambda: time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)), lambda: time.sleep(-1),
          lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y %d', (99999, 1, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (1, 2)), lambda: time.strftime('%H', (2020, 1, 1, 24, 0, 0, 0, 1, 0))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, len(s), s[0], s.n_fields, s.n_sequence_fields, isinstance(s, tuple))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, 'UTC', 3600))
print(s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0), s[:3], list(s)[-1])
a = time.time(); b = time.perf_counter(); time.sleep(0.01)
print(time.time() >= a, time.perf_counter() - b >= 0.009, type(time.time_ns()), time.monotonic_ns() > 0, time.process_time() >= 0)
