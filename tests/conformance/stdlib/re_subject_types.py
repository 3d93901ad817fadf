# re with str-subclass, bytearray and memoryview subjects and templates; inline flags
# that conflict with the flags argument
import re
class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))
class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))
for string in 'a', S('a'):
    m = re.match('(a)', string)
    print(m.groups(), type(m.group(0)).__name__, type(m.group(1)).__name__, m)
for string in b'[abracadabra]', B(b'[abracadabra]'), bytearray(b'[abracadabra]'), memoryview(b'[abracadabra]'):
    m = re.search(br'(.+)(.*?)\1', string)
    print(m, type(m.group(1)).__name__)
print(re.sub(b'y', bytearray(b'a'), bytearray(b'xyz')), re.sub(b'y', memoryview(b'a'), memoryview(b'xyz')))
print(re.sub('y', S('a'), S('xyz')), type(re.sub('y', S('a'), S('xyz'))).__name__)
for args in [(r'(?u)\w', re.ASCII), (b'(?L)', re.ASCII), (r'(?a)\w', re.UNICODE), (r'\w', re.UNICODE | re.ASCII), (br'\w', re.UNICODE), (b'(?a)x', re.LOCALE)]:
    try:
        print(re.compile(*args).flags)
    except ValueError as e:
        print('ValueError', e)
print(re.compile(r'(?u)\w').flags, re.compile(r'(?a)\w').flags, re.compile(b'(?L)x').flags)
