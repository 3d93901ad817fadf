# unicodedata.decimal / digit / numeric: values, defaults and errors
import unicodedata as u

for ch in ['7', '\u0663', '\u00b2', '\u2460', '\u00bd', '\u2153', '\u216b', '\u4e07',
           '\u0f33', '\U00012432', '\U0001d7ce', 'x', '\u5146', '\u3405']:
    print(ascii(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))

print(u.decimal('x', 'no'), u.digit('x', -1), u.numeric('x', 0.0))
for f in (u.decimal, u.digit, u.numeric):
    try:
        f('x')
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
print(type(u.numeric('1')), type(u.digit('1')), type(u.decimal('1')))
print(sum(1 for c in range(0x10000) if u.numeric(chr(c), None) is not None))
print(sum(1 for c in range(0x10000) if u.digit(chr(c), None) is not None))
