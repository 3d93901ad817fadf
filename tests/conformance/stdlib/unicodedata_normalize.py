# unicodedata.normalize / is_normalized on Unicode 14.0
import unicodedata as u

samples = ['abc', '\u00e9', 'e\u0301', '\u1e9b\u0323', '\ufb01', '\u212b', '\uac00',
           '\u1100\u1161\u11a8', '\u0041\u030a\u0323', 'x\u0315\u0300y', '\u2460\u00bd',
           '\U0001d400', '\u0958', '\U0002f868', '\u0f73']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
print(u.normalize('NFC', ''), u.is_normalized('NFKD', ''))
