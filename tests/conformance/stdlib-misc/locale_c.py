# locale in the C locale: the conventions, formatting and parsing
import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC, None))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(sorted(locale.localeconv().items()))
print(locale.CHAR_MAX, [locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
                        locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL])
for bad in ['de_DE', 'xx_YY.UTF-8']:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except locale.Error as e:
        print(type(e).__name__, e, locale.Error.__mro__[1].__name__)
try:
    locale.setlocale(locale.LC_ALL, 3)
except TypeError as e:
    print(e)
print(locale.format_string('%d %.2f %s', (1234567, 3.14159, 'x'), grouping=True))
print(locale.format_string('%5.1f%%', 3.0), locale.format_string('%(a)d', {'a': 3}))
print(locale.format_string('%.1f', -1234.56, True), locale.format_string('%10d|', 123, monetary=True))
print(locale.str(1.5), locale.str(1 / 3), locale.atof('1.5'), locale.atoi('12'), locale.delocalize('1,234.5'))
try:
    locale.currency(12.5)
except ValueError as e:
    print(e)
print(locale.normalize('C'), locale.normalize('POSIX'), locale.normalize('de_de.UTF8'), locale.normalize('en_US'),
      locale.normalize('fr_FR.utf8'), locale.normalize('C.UTF-8'), locale.normalize('xx'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('a', 'a'), locale.strxfrm('abc'))
print(sorted(locale.__all__))
