# codecs: lookup, encode/decode, incremental and iterating coders, error handlers
import codecs

i = codecs.lookup('UTF8')
print(i.name, type(i).__name__, len(i), isinstance(i, tuple))
print(codecs.lookup('latin1').name, codecs.lookup('utf-16').name, codecs.lookup('utf_8_sig').name, codecs.lookup('ASCII').name)
try:
    codecs.lookup('nope')
except LookupError as e:
    print(e)
print(codecs.encode('ab', 'utf-16'), codecs.decode(b'ab'), codecs.getencoder('ascii')('xy'), codecs.getdecoder('ascii')(b'xy'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac', final=True)))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'))
print(list(codecs.iterdecode([b'a', b'\xc3', b'\xa9'], 'utf-8')), list(codecs.iterencode(['a', 'b'], 'utf-8')))
try:
    codecs.lookup_error('zz')
except LookupError as e:
    print(e)
enc = UnicodeEncodeError('ascii', 'a\xe9b', 1, 2, 'x')
dec = UnicodeDecodeError('ascii', b'a\xe9b', 1, 2, 'x')
print(codecs.replace_errors(enc), codecs.backslashreplace_errors(enc), codecs.xmlcharrefreplace_errors(enc))
print(codecs.replace_errors(dec), codecs.backslashreplace_errors(dec), codecs.ignore_errors(dec))
print(codecs.lookup_error('replace') is codecs.replace_errors)
try:
    codecs.strict_errors(enc)
except UnicodeEncodeError as x:
    print('raised', x.start, x.end)
try:
    codecs.encode('a', 'nope')
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def search(name):
    if name == 'test.mine':
        return (lambda s, errors='strict': (s.upper().encode(), len(s)),
                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), None, None)
    return None


codecs.register(search)
print(codecs.encode('abc', 'test.mine'), codecs.decode(b'XYZ', 'test.mine'), codecs.lookup('test.mine')[2])
codecs.unregister(search)
try:
    codecs.lookup('test.mine')
except LookupError as e:
    print(e)
