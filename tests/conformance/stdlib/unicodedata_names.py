# unicodedata.name / lookup: names, algorithmic names, aliases, named sequences
import unicodedata as u

for ch in ['a', ' ', '\u00e9', '\U0001F600', '\u4e00', '\U00020000', '\uac00', '\ud7a3',
           '\uf900', '\U00018b00', '\U0001b170', '\x00', '\ue000']:
    print(ascii(ch), u.name(ch, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'GRINNING FACE',
             'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'LATIN CAPITAL LETTER GHA',
             'BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS', 'BOM', 'NBSP', 'NULL',
             'TAMIL CONSONANT KSS', 'LATIN SMALL LETTER R WITH TILDE',
             'cjk unified ideograph-4e00', 'NO SUCH THING', 'x' * 257]:
    try:
        print(repr(name[:40]), ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name[:40]), 'KeyError', e)
print(ascii(u.lookup(b'LATIN SMALL LETTER B')))
try:
    u.name('\U000f0000')
except ValueError as e:
    print('ValueError', e)
print(u.name('\U000f0000', 'dflt'))
# round trip over a block
print(all(u.lookup(u.name(chr(c))) == chr(c) for c in range(0x370, 0x400) if u.name(chr(c), None)))
