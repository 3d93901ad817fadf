# UnicodeEncodeError/DecodeError/TranslateError: attributes and str(), raised and constructed
for f in [lambda: b'\xe2\x82'.decode('utf-8'), lambda: b'a\xffb'.decode('ascii'), lambda: 'a\xe9'.encode('ascii'), lambda: 'a\xe9\u20ac'.encode('latin-1'), lambda: '\U0001f600'.encode('ascii')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, str(e), e.args, e.start, e.end, e.reason, e.encoding, repr(e.object))
e = UnicodeDecodeError('utf-8', b'\xe2\x82', 0, 2, 'unexpected end of data'); print(str(e), e.start, e.end, repr(e))
e2 = UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'ordinal not in range(128)'); print(str(e2))
e3 = UnicodeTranslateError('a\xe9', 1, 2, 'bad'); print(str(e3), e3.encoding)
e4 = UnicodeEncodeError('ascii', 'a\xe9', 5, 7, 'x'); print(repr(str(e4)))
print(str(UnicodeError('plain')))
