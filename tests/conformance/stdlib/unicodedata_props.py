# unicodedata: per-character properties of Unicode 14.0
import unicodedata as u

print(u.unidata_version)
for ch in ['a', 'Z', '5', ' ', '\u0301', '(', ')', '\u05d0', '\u0627', '\u4e00', '\uff21',
           '\uff71', '\U0001F600', '\u00bd', '\ufb01', '\u2028', '\x00', '\ud800', '\U000e0001',
           '\u0378', '\U0010ffff', '\u00e9', '\u212b', '\u3000', '\u20a9']:
    print(ascii(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)))

# a few ranges, summarised
print(sum(u.combining(chr(c)) for c in range(0x300, 0x370)))
print(''.join(u.east_asian_width(chr(c)) for c in range(0x1100, 0x1110)))
print(sum(u.mirrored(chr(c)) for c in range(0x2000, 0x2400)))
print(sorted(set(u.bidirectional(chr(c)) for c in range(0x600, 0x700))))
print(u.decomposition('\uac00'), u.decomposition('\u1e9b'), u.decomposition('\ufdfa'))
