# the namereplace error handler and \N{...} aliases in string literals
print('a\xe9\u20ac\U0001f600\ud800\ue000\x80'.encode('ascii', 'namereplace'))
print('a\xe9\u20ac\U0001f600\ud800'.encode('latin-1', 'namereplace'))
print('\u20ac'.encode('cp1251', 'namereplace'))
try:
    b'\xff'.decode('ascii', 'namereplace')
except TypeError as e:
    print('TypeError', e)
print(ascii('\N{BOM}\N{NBSP}\N{latin capital letter gha}\N{LINE FEED}'))
