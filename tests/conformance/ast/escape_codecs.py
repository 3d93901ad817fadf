# bytes.decode with the unicode_escape and raw_unicode_escape codecs
print(str(br'\u0663\u0661\u0664 ', 'raw-unicode-escape'))
print(repr(b'a\\n\\x41\\u00e9\\101\\t'.decode('unicode_escape')), repr(br'\\u0041\u0042\U0001F600'.decode('raw_unicode_escape')))
for b in [b'\\x4', b'\\', b'\\u12', b'\\U00110000']:
    try:
        b.decode('unicode-escape')
    except UnicodeDecodeError as e:
        print(e)
try:
    br'\u12'.decode('raw-unicode-escape')
except UnicodeDecodeError as e:
    print(e)
