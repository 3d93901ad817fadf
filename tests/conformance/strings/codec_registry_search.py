# str.encode / bytes.decode reach codecs registered with codecs.register, and check
# what they return
import codecs
def search_function(encoding):
    def decode1(input, errors='strict'): return 42
    def encode1(input, errors='strict'): return 42
    def encode2(input, errors='strict'): return (42, 42)
    def decode2(input, errors='strict'): return (42, 42)
    def encode3(input, errors='strict'): return (b'x' + input.encode(), 1)
    def decode3(input, errors='strict'): return ('y' + bytes(input).decode(), 1)
    if encoding == 'test.unicode1': return (encode1, decode1, None, None)
    elif encoding == 'test.unicode2': return (encode2, decode2, None, None)
    elif encoding == 'test.unicode3': return (encode3, decode3, None, None)
    return None
print(repr('x'.encode('test.unicode3')) if False else 'before register')
try:
    'x'.encode('test.unicode3')
except LookupError as e:
    print('LookupError', e)
codecs.register(search_function)
for t in ['b"hello".decode("test.unicode1")', 'str(b"hello", "test.unicode2")', '"hello".encode("test.unicode1")',
          '"hello".encode("test.unicode2")', '"hello".encode("Test.Unicode3")', 'b"hi".decode("test.unicode3", "ignore")',
          '"x".encode("nope")', 'b"x".decode("nope")', 'codecs.lookup("test.unicode3")[0]("a")', '"a".encode("utf-8")']:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, type(e).__name__, e)
codecs.unregister(search_function)
try:
    'x'.encode('test.unicode3')
except LookupError as e:
    print('LookupError', e)
