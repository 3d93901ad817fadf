# utf-7: encoding (direct characters, '+-', base 64 runs and where '-' ends them),
# decoding, and the decoder's errors under each handler
def show(f):
    try:
        return ascii(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for s in ['hello', 'a+b', '\xe9', '\xe9a', '\xe9-', '\xe9.', '\U0001f600', '\ud800', '~\\',
          '\x00\x7f', 'A\u2262\u0391.', 'Hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', '']:
    b = s.encode('utf-7')
    print(ascii(s), b, b.decode('utf-7') == s)
for b in [b'+', b'+-', b'+A', b'+AA', b'+AAA', b'+AOk', b'+AOl-', b'a+\x80', b'\x80abc', b'+2D3eAA-',
          b'+2D0-', b'+2D0AYQ-', b'+AOk.x', b'+ZeVnLIqe-', b'1+-2', b'+!']:
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        print(b, errors, show(lambda: b.decode('utf-7', errors)))
print('x'.encode('UTF7'), 'x'.encode('u7'), str(b'+AOk-', 'unicode-1-1-utf-7'))
