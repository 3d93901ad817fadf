# single-byte table codecs: decoding every byte, encoding back, errors and aliases
def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

everything = bytes(range(256))
for enc in ['cp037', 'cp437', 'cp850', 'cp1252', 'cp1251', 'iso8859_2', 'iso8859-15', 'koi8_r',
            'mac_roman', 'cp874', 'iso8859_8', 'kz1048', 'cp1006', 'mac_arabic', 'hp_roman8']:
    text = everything.decode(enc, 'replace')
    print(enc, ascii(text[120:140]), len(text), text.count('\ufffd'))
    print(show(lambda: everything.decode(enc)))
    print(show(lambda: text.replace('\ufffd', '').encode(enc)[:16]))
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(' ', errors, show(lambda: 'a\u20ac\u0416\U0001f600z'.encode(enc, errors)))
for alias in ['latin9', 'IBM037', 'ebcdic-cp-us', 'windows-1252', 'KOI8-R', 'macroman', 'cp-1252', '1252']:
    print(alias, show(lambda: 'A\u20ac'.encode(alias)))
