# unicodedata: argument errors with CPython's messages
import unicodedata as u

calls = [
    lambda: u.name(), lambda: u.name('a', 1, 2), lambda: u.name(1), lambda: u.name('ab'),
    lambda: u.name(''), lambda: u.decimal(5), lambda: u.digit('12'), lambda: u.numeric(None),
    lambda: u.category(), lambda: u.category('ab'), lambda: u.category(1),
    lambda: u.bidirectional(b'a'), lambda: u.combining(''), lambda: u.east_asian_width(2.0),
    lambda: u.mirrored('xy'), lambda: u.decomposition(()), lambda: u.category(chr='a'),
    lambda: u.name(chr='a'), lambda: u.lookup(), lambda: u.lookup(1), lambda: u.lookup('a', 'b'),
    lambda: u.normalize('NFC'), lambda: u.normalize('NFC', 'a', 1), lambda: u.normalize(1, 'a'),
    lambda: u.normalize('NFC', 1), lambda: u.normalize('NFX', 'a'), lambda: u.is_normalized(),
    lambda: u.is_normalized('nfc', 'a'), lambda: u.normalize(form='NFC', unistr='a'),
    lambda: u.UCD(), lambda: u.ucd_3_2_0.category(), lambda: u.ucd_3_2_0.lookup(),
    lambda: u.ucd_3_2_0.name(), lambda: u.ucd_3_2_0.name(1), lambda: u.ucd_3_2_0.normalize('NFC'),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
