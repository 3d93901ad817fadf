# the idna (IDNA2003: nameprep + punycode) and punycode codecs: labels, dots, bidi
# rules, prohibited characters, round trips and CPython's wrapped error messages
def show(f):
    try: return ascii(f())
    except Exception as e: return '%s: %s' % (type(e).__name__, e)
tests=['www.python.org.', 'pyth\xf6n.org.', 'a..b', '', '.', 'x'*64, 'x'*63+'.', 'b\xfccher.de', '\U0001F600.com', 'xn--abc.de\xfc', '\u0627\u0644a', '\u05d0a\u05d0', '\u05d0\u05d1', '\u05d0\u0301', 'A\u00adB\u00e9', '\u3002x\uff0ey', 'ma\xdfe', '\u2160', 'a b\xe9', 'xn--\xe9', '\u00e9\u0080', 'XN--\xe9', 'Ma\u00dfe.DE', '\ufb01x\u00e9', '\u2f868', '\U0002f868z\xe9', 'x\u3002', 'a\uff61b\xe9']
for t in tests: print(ascii(t), show(lambda: t.encode('idna')), show(lambda: t.encode('idna','ignore')))
bt=[b'www.python.org.', b'xn--pythn-mua.org.', b'XN--pythn-mua.org', b'xn--zz', b'xn--abc-', b'\xff', b'xn--a.b\xff', b'xn--ls8h', b'xn--bcher-kva.DE', b'', b'.', b'xn--', b'xn--9', b'xn--\xff', b'xn--BCHER-KVA', b'xn--mnchen-3ya.de', b'a.xn--e28h.']
for t in bt: print(t, show(lambda: t.decode('idna')), show(lambda: t.decode('idna', 'replace')))
for t in ['b\xfccher', 'abc', '\xfc', '', '\U0001F600x', 'm\xfcnchen', '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587', 'ABC\xfc\xfc-']: print(ascii(t), show(lambda: t.encode('punycode')), show(lambda: t.encode('punycode').decode('punycode') == t))
for t in [b'bcher-kva', b'abc-', b'-', b'kva', b'x-\xff', b'zz', b'a-!', b'99999999999']: print(t, show(lambda: t.decode('punycode')))
import codecs; print(codecs.lookup('idna').name, codecs.lookup('punycode').name)
