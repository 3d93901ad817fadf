# unicode_escape / raw_unicode_escape: encoding, round trips, \N{...} names and the
# decoders' error handlers
import warnings

def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

s = 'a\'"\\\t\n\r\x00\x7f\x80\xff\u0100\ud800\U0001f600 ~'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(s.encode('unicode-escape').decode('unicode-escape') == s)
print(s.encode('raw-unicode-escape').decode('raw-unicode-escape') == s)
for b in [b'\\N{LATIN SMALL LETTER A}', b'\\N{latin small letter a}', b'\\N{BOM}', b'\\N{foo}xx',
          b'\\N', b'\\N{', b'\\N{}', b'\\N{abc', b'\\Nx', b'\\x4', b'ab\\', b'\\u12', b'\\U11111111z',
          b'\\N{TAMIL CONSONANT KSS}']:
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        print(b, errors, show(lambda: b.decode('unicode_escape', errors)))
for b in [b'\\u12', b'\\U11111111', b'\\U0010ffff', b'\\\\u0041']:
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        print(b, errors, show(lambda: b.decode('raw_unicode_escape', errors)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(ascii(b'\\777 \\9 \\q'.decode('unicode_escape')))
    print(ascii(b'\\9 \\q'.decode('unicode_escape')))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
