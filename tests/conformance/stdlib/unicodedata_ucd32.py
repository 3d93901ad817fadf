# unicodedata.ucd_3_2_0: the Unicode 3.2 view used by IDNA/stringprep
import unicodedata as u

o = u.ucd_3_2_0
print(type(o).__name__, type(o).__module__, o.unidata_version)
for ch in ['a', '\u0221', '\u0234', '\U0001F600', '\u20ac', '\u4e00', '\u9fa6', '\u00bd',
           '\u0f33', '\u1e9b', '\uac00', '\U0002f868', '\u2153']:
    print(ascii(ch), o.category(ch), repr(o.bidirectional(ch)), o.combining(ch),
          o.east_asian_width(ch), o.mirrored(ch), repr(o.decomposition(ch)),
          o.decimal(ch, None), o.digit(ch, None), o.numeric(ch, None), o.name(ch, None))
for name in ['LATIN SMALL LETTER A', 'GRINNING FACE', 'LATIN CAPITAL LETTER GHA',
             'TAMIL CONSONANT KSS', 'EURO SIGN']:
    try:
        print(name, ascii(o.lookup(name)))
    except KeyError as e:
        print(name, 'KeyError', e)
for s in ['\U0002f868', '\u2f868', 'e\u0301\U0001F600', '\u1e9b\u0323', '\u0221\u0301']:
    print(ascii(o.normalize('NFC', s)), ascii(o.normalize('NFKD', s)), o.is_normalized('NFD', s))
print(sum(1 for c in range(0x3000) if o.category(chr(c)) == 'Cn'))
